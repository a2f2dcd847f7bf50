import i18next from 'i18next';
import { NAMESPACES, RESOURCES } from '../../../../locales/resources';
import { IMPORT_ERROR_CODES, ImportError } from '../../backup';
import { failureText, progressText } from './progress-text';

async function translator(lng: string) {
  const instance = i18next.createInstance();
  await instance.init({ lng, fallbackLng: false, ns: [...NAMESPACES], defaultNS: 'ui', resources: RESOURCES, interpolation: { escapeValue: false } });
  return instance.t;
}

describe('what the backup screen says', () => {
  for (const lang of ['es', 'pt', 'en']) {
    it(`names every kind of damaged file in its own words in ${lang}`, async () => {
      const t = await translator(lang);
      const texts = IMPORT_ERROR_CODES.map((code) => failureText(t, new ImportError(code, 'cut at byte 100')));
      for (const [i, text] of texts.entries()) {
        expect(text, IMPORT_ERROR_CODES[i]).not.toMatch(/exchange:|errors\./);
        expect(text.length).toBeGreaterThan(20);
      }
      expect(new Set(texts).size).toBe(IMPORT_ERROR_CODES.length);
      // Only a file that cannot be read at all says the browser's reason.
      expect(texts[IMPORT_ERROR_CODES.indexOf('unreadable')]).toContain('cut at byte 100');
      expect(progressText(t, { phase: 'records', done: 3, total: 40 })).toMatch(/3.*40/);
    });
  }
});
