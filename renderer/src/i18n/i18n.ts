import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { NAMESPACES, RESOURCES } from '../../../locales/resources';
import { isLang, pickLanguage, type Lang } from '../../../shared/i18n/langs';
import { setWritingLanguage } from '../db/writing-language';

const STORAGE_KEY = 'ponte.language';

/** The remembered interface language, else the system's if Ponte speaks it, else English. */
export function initialLanguage(systemLanguages: readonly string[], storage: Pick<Storage, 'getItem'> = localStorage): Lang {
  const saved = storage.getItem(STORAGE_KEY);
  return isLang(saved) ? saved : pickLanguage(systemLanguages);
}

export function rememberLanguage(lang: Lang, storage: Pick<Storage, 'setItem'> = localStorage): void {
  storage.setItem(STORAGE_KEY, lang);
}

export async function setupI18n(lang: Lang): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    lng: lang,
    fallbackLng: 'en',
    ns: [...NAMESPACES],
    defaultNS: 'ui',
    resources: RESOURCES,
    interpolation: { escapeValue: false }, // React escapes; documents write text runs
    returnNull: false,
  });
  document.documentElement.lang = lang;
  // Records made from now on are taken to be written in the interface language, whichever way it changes.
  setWritingLanguage(lang);
  i18next.on('languageChanged', (next) => setWritingLanguage(isLang(next) ? next : null));
  return i18next;
}

/** Switches every visible string at once, without reload, and remembers the choice. */
export async function switchLanguage(lang: Lang): Promise<void> {
  await i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
  rememberLanguage(lang);
}
