import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { labelsFor } from '../locales/labels';
import { documentFileName, packDocument } from '../shared/docs/pack';
import { LANGS } from '../shared/i18n/langs';
import { todayIso } from '../shared/model/dates';
import { buildIcs } from '../shared/missions/ics';
import { SAMPLE_AGENDA, SAMPLE_MISSIONS } from '../shared/missions/sample';
import { SAMPLE_SHOWCASE_ID, sampleProgramme } from '../shared/sample/programme';
import { DOCUMENT_KINDS } from './document-kinds';
import { samplePhotos } from './sample-photos';

// npm run sample-docs -- [OUTDIR]
// Writes every document kind in every language from the sample programme, to
// open in Word or render with LibreOffice and look at, and the agenda of the
// sample mission as a calendar file (mission-agenda-es.ics…).

/** The mission whose agenda the sample agenda document and calendar show. */
const SAMPLE_AGENDA_MISSION = 'sample-mission-cartagena-malaga-2';

async function main(outDir: string): Promise<void> {
  const bundle = sampleProgramme().find((b) => b.pairing.id === SAMPLE_SHOWCASE_ID);
  if (!bundle) throw new Error(`the sample programme has no pairing ${SAMPLE_SHOWCASE_ID}`);
  mkdirSync(outDir, { recursive: true });
  const today = todayIso();
  const photos = samplePhotos(resolve(__dirname, '..'));
  for (const [kind, build] of Object.entries(DOCUMENT_KINDS)) {
    for (const lang of LANGS) {
      const bytes = await packDocument(build({ bundle, lang, t: labelsFor(lang), today, photos }));
      const file = join(outDir, documentFileName(kind, lang));
      writeFileSync(file, bytes);
      console.log(`wrote ${file} (${bytes.byteLength} bytes)`);
    }
  }
  const mission = SAMPLE_MISSIONS.find((m) => m.id === SAMPLE_AGENDA_MISSION)!;
  for (const lang of LANGS) {
    const t = labelsFor(lang);
    const ics = buildIcs(SAMPLE_AGENDA.filter((i) => i.missionId === mission.id), { name: t('missions:doc.agendaTitle', { title: mission.title }), kindLabel: (kind) => t(`missions:kind.${kind}`) });
    const file = join(outDir, `mission-agenda-${lang}.ics`);
    writeFileSync(file, ics);
    console.log(`wrote ${file} (${ics.length} characters)`);
  }
}

// vite-node passes the "--" that npm needs through to the script: skip it.
const [outArg] = process.argv.slice(2).filter((a) => a !== '--');
main(resolve(outArg ?? 'sample-docs')).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
