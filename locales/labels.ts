import i18next from 'i18next';
import type { Label, Lang } from '../shared/i18n/langs';
import { NAMESPACES, RESOURCES } from './resources';

/**
 * A label function for one language, independent of the interface language:
 * documents are exported in the language chosen at export. Keys name their
 * namespace, e.g. "doc:agreements" or "vocab:theme.mobility".
 */
export function labelsFor(lang: Lang): Label {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: false,
    ns: [...NAMESPACES],
    defaultNS: 'doc',
    resources: RESOURCES,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  // A label without parameters is the same each time: a document asks for the same few hundreds of times (a status
  // on every row), so each is looked up once.
  const plain = new Map<string, string>();
  return (key, params) => {
    if (params !== undefined) return instance.t(key, params);
    let label = plain.get(key);
    if (label === undefined) {
      label = instance.t(key, {});
      plain.set(key, label);
    }
    return label;
  };
}
