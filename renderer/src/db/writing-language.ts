import type { Lang } from '../../../shared/i18n/langs';

// The language a record made on this device is taken to be written in: the
// interface language, kept here by the i18n setup (at start and on every
// switch) so the one write path can stamp new records with it without
// knowing about i18next. Null until the interface has a language (tests that
// do not set one, a worker): records made then are not marked.

let current: Lang | null = null;

export function setWritingLanguage(lang: Lang | null): void {
  current = lang;
}

export function writingLanguage(): Lang | null {
  return current;
}
