import enUi from './en/ui.json';
import enErrors from './en/errors.json';
import enVocab from './en/vocab.json';
import enDoc from './en/doc.json';
import esUi from './es/ui.json';
import esErrors from './es/errors.json';
import esVocab from './es/vocab.json';
import esDoc from './es/doc.json';
import ptUi from './pt/ui.json';
import ptErrors from './pt/errors.json';
import ptVocab from './pt/vocab.json';
import ptDoc from './pt/doc.json';
import type { Lang } from '../shared/i18n/langs';

// Every string a user reads, by language and namespace. Bundled, not fetched:
// the app must speak all three languages with no network.
export const NAMESPACES = ['ui', 'errors', 'vocab', 'doc'] as const;
export type Namespace = (typeof NAMESPACES)[number];

export const RESOURCES: Record<Lang, Record<Namespace, Record<string, unknown>>> = {
  en: { ui: enUi, errors: enErrors, vocab: enVocab, doc: enDoc },
  es: { ui: esUi, errors: esErrors, vocab: esVocab, doc: esDoc },
  pt: { ui: ptUi, errors: ptErrors, vocab: ptVocab, doc: ptDoc },
};
