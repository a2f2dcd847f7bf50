import { exportFileName, type ExportedFile } from '../../export/exported-file';
import { DOCX_MIME } from '../../../../shared/docs/mime';
import type { PonteDatabase } from '../../db/database';
import { missionTables } from '../../db/schema-missions';
import { readBlob } from '../../attachments/blob-store';
import { renderForDocument } from '../../attachments/thumbnail';
import type { Lang } from '../../../../shared/i18n/langs';
import type { DocPhoto, MissionDocData } from '../../../../shared/missions/doc-data';
import type { Mission } from '../../../../shared/missions/mission';

export type MissionExportKind = 'agenda' | 'report' | 'ics';

/** A file name every operating system accepts, from the mission's title. */
export function missionFileName(mission: Pick<Mission, 'title'>, kind: string, ext: string): string {
  return exportFileName(mission.title, kind, ext, { fallback: 'mission', max: 100 });
}

/** Photos upright and scaled down for Word, in the order they were added; those not on this device are left out. */
async function docPhotos(db: PonteDatabase, missionId: string): Promise<DocPhoto[]> {
  const photos = (await missionTables(db).photos.where('missionId').equals(missionId).toArray()).filter((p) => !p.deleted).sort((a, b) => a.id.localeCompare(b.id));
  const out: DocPhoto[] = [];
  for (const p of photos) {
    const row = await readBlob(db, p.sha256).catch(() => undefined);
    if (!row) continue;
    const rendered = await renderForDocument(new Blob([row.bytes], { type: row.mimeType }));
    out.push({ data: new Uint8Array(rendered.bytes), type: 'jpg', width: rendered.width, height: rendered.height, caption: p.caption, agendaItemId: p.agendaItemId });
  }
  return out;
}

/** Reads what a mission document needs from the database. */
export async function loadMissionDocData(db: PonteDatabase, missionId: string, withPhotos: boolean): Promise<MissionDocData> {
  const t = missionTables(db);
  const mission = await t.missions.get(missionId);
  if (!mission) throw new Error('mission not found');
  const live = <T extends { deleted: boolean }>(rows: T[]) => rows.filter((r) => !r.deleted);
  const [pairing, items, positions, assignments, followUps, personsMet, photos] = await Promise.all([
    db.pairings.get(mission.pairingId),
    t.agendaItems.where('missionId').equals(missionId).toArray(),
    db.positions.where('pairingId').equals(mission.pairingId).toArray(),
    db.assignments.where('pairingId').equals(mission.pairingId).toArray(),
    t.followUps.where('missionId').equals(missionId).toArray(),
    t.personsMet.where('missionId').equals(missionId).toArray(),
    withPhotos ? docPhotos(db, missionId) : Promise.resolve([]),
  ]);
  if (!pairing) throw new Error('pairing not found');
  const stakeholders = (await db.stakeholders.bulkGet(mission.delegation)).filter((s): s is NonNullable<typeof s> => Boolean(s));
  return { pairing, mission, items: live(items), positions: live(positions), assignments: live(assignments), followUps: live(followUps), personsMet: live(personsMet), photos, stakeholders: live(stakeholders) };
}


/** Builds one mission file. The document and calendar code loads here, on first use. */
export async function exportMission(db: PonteDatabase, missionId: string, kind: MissionExportKind, lang: Lang, today: string, positionId?: string): Promise<ExportedFile> {
  const { labelsFor } = await import('../../../../locales/labels');
  const t = labelsFor(lang);
  const data = await loadMissionDocData(db, missionId, kind === 'report');
  if (kind === 'ics') {
    const { buildIcs } = await import('../../../../shared/missions/ics');
    const text = buildIcs(data.items, { name: data.mission.title, positionId, kindLabel: (k) => t(`missions:kind.${k}`) });
    return { name: missionFileName(data.mission, positionId ? 'calendar-person' : 'calendar', 'ics'), data: new TextEncoder().encode(text), mimeType: 'text/calendar' };
  }
  const [{ packDocument }, builder] = await Promise.all([
    import('../../../../shared/docs/pack'),
    kind === 'agenda' ? import('../../../../shared/docs/mission-agenda').then((m) => m.buildMissionAgendaDocument) : import('../../../../shared/docs/mission-report').then((m) => m.buildMissionReportDocument),
  ]);
  const doc = builder(data, { lang, t, today });
  return { name: missionFileName(data.mission, `${kind === 'agenda' ? 'mission-agenda' : 'mission-report'}-${lang}`, 'docx'), data: await packDocument(doc), mimeType: DOCX_MIME };
}
