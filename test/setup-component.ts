import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { NAMESPACES, RESOURCES } from '../locales/resources';

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
