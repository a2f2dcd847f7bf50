import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { NAMESPACES, RESOURCES } from '../locales/resources';

// A screen that loads its code and its live queries can take more than
// Testing Library's default second to appear on a busy 2-core machine; a
// find or waitFor still fails when what it waits for never comes.
configure({ asyncUtilTimeout: 5_000 });

// Components render with the real locales; each test may switch language.
await i18next.use(initReactI18next).init({
  lng: 'en',
  fallbackLng: 'en',
  ns: [...NAMESPACES],
  defaultNS: 'ui',
  resources: RESOURCES,
  interpolation: { escapeValue: false },
});

afterEach(async () => {
  cleanup();
  await i18next.changeLanguage('en');
  window.location.hash = '';
});
