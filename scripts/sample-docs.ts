import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { labelsFor } from '../locales/labels';
import { documentFileName, packDocument } from '../shared/docs/pack';
import { LANGS } from '../shared/i18n/langs';
import { todayIso } from '../shared/model/dates';
import { SAMPLE_SHOWCASE_ID, sampleProgramme } from '../shared/sample/programme';
import { DOCUMENT_KINDS } from './document-kinds';

// npm run sample-docs -- [OUTDIR]
// Writes every document kind in every language from the sample programme, to
// open in Word or render with LibreOffice and look at.

async function main(outDir: string): Promise<void> {
  const bundle = sampleProgramme().find((b) => b.pairing.id === SAMPLE_SHOWCASE_ID);
  if (!bundle) throw new Error(`the sample programme has no pairing ${SAMPLE_SHOWCASE_ID}`);
  mkdirSync(outDir, { recursive: true });
  const today = todayIso();
  for (const [kind, build] of Object.entries(DOCUMENT_KINDS)) {
    for (const lang of LANGS) {
      const bytes = await packDocument(build({ bundle, lang, t: labelsFor(lang), today }));
      const file = join(outDir, documentFileName(kind, lang));
      writeFileSync(file, bytes);
      console.log(`wrote ${file} (${bytes.byteLength} bytes)`);
    }
  }
}

// vite-node passes the "--" that npm needs through to the script: skip it.
const [outArg] = process.argv.slice(2).filter((a) => a !== '--');
main(resolve(outArg ?? 'sample-docs')).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
