import { stakeholderLabel } from '../stakeholders/schema';
import type { FileChild } from 'docx';
import type { Label, Lang } from '../i18n/langs';
import { formatDate } from '../model/dates';
import { pairingName } from '../model/pairing';
import { positionHolders } from '../model/team';
import { pickText } from '../text/localized';
import type { MissionDocData } from '../missions/doc-data';
import { DateTime } from 'luxon';
import { zoneCityName } from '../missions/zone-names';
import { DOCUMENT_LOCALES } from './styles';
import { blockInLanguage, writtenIn } from './other-language';
import { bulletList, heading, labelled, note, type Inline } from './text';

export type MissionDocContext = { lang: Lang; t: Label; today: string };

export function hostName(data: MissionDocData): string {
  const all = [...data.pairing.lac.municipalities, ...data.pairing.eu.municipalities];
  return all.find((m) => m.id === data.mission.hostMunicipalityId)?.name ?? '';
}

export function docDay(iso: string, ctx: MissionDocContext): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(DOCUMENT_LOCALES[ctx.lang], { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/**
 * "09:30", always with two digits for the hour, in every column and language,
 * so the host's and the visitors' times read alike; with the day ("lun 26 oct
 * 03:00") when it is not `sameDayAs`.
 */
export function docTime(instant: Date, zone: string, ctx: MissionDocContext, sameDayAs?: string): string {
  const dt = DateTime.fromJSDate(instant, { zone }).setLocale(DOCUMENT_LOCALES[ctx.lang]);
  const time = dt.toFormat('HH:mm');
  if (sameDayAs === undefined || dt.toFormat('yyyy-MM-dd') === sameDayAs) return time;
  return `${dt.toLocaleString({ weekday: 'short', day: 'numeric', month: 'short' })} ${time}`;
}

/** "hora de Bogotá", "Bogotá time": a zone by its city, accents kept, never its raw id. */
export function zoneTime(zone: string, ctx: MissionDocContext): string {
  return ctx.t('doc:mission.zoneTime', { city: zoneCityName(zone, ctx.lang) });
}

/** The names of the positions or stakeholders among `ids`, as the delegation lists them. */
export function peopleNames(data: MissionDocData, ids: readonly string[], day: string, ctx: MissionDocContext): Inline[] {
  return delegationNames({ ...data, mission: { ...data.mission, delegation: [...ids] } }, day, ctx);
}

/**
 * Who travels: "Rocío Martín Gálvez (Coordinadora de la cooperación)" for a
 * position of the team (its holder as of the mission's start), the title
 * marked when the position is written in another language than the
 * document's; "Joaquín Núñez (Universidad de Cartagena)" for a stakeholder,
 * proper names that stay as typed.
 */
export function delegationNames(data: MissionDocData, day: string, ctx: MissionDocContext): Inline[] {
  return data.mission.delegation
    .map((id): Inline | null => {
      const position = data.positions.find((p) => p.id === id && !p.deleted);
      if (position) {
        const holder = positionHolders(position.id, data.assignments, day).current[0];
        return holder ? [`${holder.name} `, writtenIn(`(${position.title})`, position.writtenIn, ctx)] : writtenIn(position.title, position.writtenIn, ctx);
      }
      const stakeholder = data.stakeholders?.find((s) => s.id === id && !s.deleted);
      return stakeholder ? stakeholderLabel(stakeholder) : null;
    })
    .filter((name): name is Inline => name !== null);
}


export function headerText(data: MissionDocData, kindLabel: string): string {
  return `${kindLabel} · ${pairingName(data.pairing)}`;
}

/** Who, where, when and why: the lines both mission documents open with. */
export function missionOverview(data: MissionDocData, ctx: MissionDocContext): FileChild[] {
  const { t } = ctx;
  const m = data.mission;
  const locale = DOCUMENT_LOCALES[ctx.lang];
  const dates = m.startDate && m.endDate ? `${formatDate(m.startDate, locale)} – ${formatDate(m.endDate, locale)}` : m.startDate ? formatDate(m.startDate, locale) : t('missions:doc.noDates');
  const objectives = pickText(m.objectives, ctx.lang);
  const delegation = delegationNames(data, m.startDate ?? ctx.today, ctx);
  return [
    labelled(t('missions:doc.pairing'), pairingName(data.pairing)),
    labelled(t('missions:doc.direction'), t(`missions:direction.${m.direction}`)),
    labelled(t('missions:doc.host'), hostName(data)),
    labelled(t('missions:doc.dates'), dates),
    labelled(t('missions:doc.status'), t(`missions:status.${m.status}`)),
    labelled(t('missions:doc.zones'), t('missions:doc.zonesValue', { host: zoneTime(m.hostZone, ctx), visitors: zoneTime(m.visitorZone, ctx) })),
    heading(t('missions:doc.objectives'), 1),
    ...(objectives.lang ? blockInLanguage(m.objectives, ctx) : [note(t('missions:doc.none'))]),
    heading(t('missions:doc.delegation'), 1),
    ...(delegation.length ? bulletList(delegation) : [note(t('missions:doc.none'))]),
  ];
}
