import { BorderStyle, HeadingLevel, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType, type FileChild } from 'docx';
import type { Label, Lang } from '../i18n/langs';
import { countryName } from '../model/countries';
import { formatDate } from '../model/dates';
import { pairingName, type Pairing, type PairingSide } from '../model/pairing';
import type { Side } from '../model/vocabularies';
import { agreementOf, parseSigner } from '../ucap/agreement';
import type { UcapPlan } from '../ucap/plan';
import { COLORS, DOCUMENT_LOCALES, contentWidth } from './styles';
import { textRuns } from './text';

/** What the cover says besides the plan itself: its version, who exported it, and on which day. */
export type CoverFacts = {
  lang: Lang;
  t: Label;
  today: string;
  /** The version's name, e.g. the last saved version ("Sent for review"); a working copy of today when left out. */
  version?: string;
  /** Who exported the file, by name. */
  exportedBy?: string;
  /** The day each side's agreement was marked (YYYY-MM-DD), where it is known. */
  agreedOn?: Partial<Record<Side, string>>;
};

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

const line = (text: string, options: { size?: number; bold?: boolean; color?: string; after?: number; before?: number } = {}) =>
  new Paragraph({
    spacing: { before: options.before ?? 0, after: options.after ?? 120 },
    children: textRuns(text, { size: options.size ?? 22, ...(options.bold ? { bold: true } : {}), ...(options.color ? { color: options.color } : {}) }),
  });

/** One side: its name, its lead municipality and country first, the other municipalities, and its agreement or that it is pending. */
function sideCell(side: Side, pairing: Pairing, plan: UcapPlan, facts: CoverFacts, width: number): TableCell {
  const { t } = facts;
  const locale = DOCUMENT_LOCALES[facts.lang];
  const s: PairingSide = pairing[side];
  const ordered = [...s.municipalities.filter((m) => m.id === s.leadId), ...s.municipalities.filter((m) => m.id !== s.leadId)];
  const places = ordered.map((m) =>
    line(t(m.id === s.leadId ? 'doc:dossier.leadMunicipality' : 'doc:dossier.municipality', { name: m.name, country: countryName(m.country, locale) }), { size: m.id === s.leadId ? 22 : 20, bold: m.id === s.leadId, after: 60 }),
  );
  const { agreed, by } = agreementOf(plan, side);
  const name = parseSigner(by).name;
  const on = facts.agreedOn?.[side];
  const lead = s.municipalities.find((m) => m.id === s.leadId)?.name ?? '';
  // Who agreed, by name (the e-mail stays in the app): the programme reads it as the sign-off.
  const agreement = agreed
    ? name
      ? on
        ? t('doc:ucap.agreedOn', { side: lead, by: name, date: formatDate(on, locale) })
        : t('doc:ucap.agreed', { side: lead, by: name })
      : t('ucap:status.sideAgreed', { side: lead })
    : t('doc:ucap.pending', { side: lead });
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 0, bottom: 0, left: 0, right: 200 },
    children: [
      line(t(`vocab:side.${side}`), { size: 18, color: COLORS.muted, after: 80 }),
      ...places,
      line(agreement, { size: 20, color: agreed ? COLORS.text : COLORS.warning, before: 120, bold: !agreed }),
    ],
  });
}

/**
 * The UCAP's cover, a page of its own: the programme, the title, the pairing,
 * both sides with their lead municipalities and countries and each side's
 * agreement, the period and the status, then the version and who exported it
 * and when. The page carries no running header and no page number.
 */
export function ucapCover(pairing: Pairing, plan: UcapPlan, period: string, facts: CoverFacts): FileChild[] {
  const { t } = facts;
  const locale = DOCUMENT_LOCALES[facts.lang];
  const half = Math.floor(contentWidth(false) / 2);
  const today = formatDate(facts.today, locale);
  return [
    line(t('doc:ucap.programme'), { size: 20, color: COLORS.muted, after: 1200 }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(t('ucap:doc.title')) }),
    line(pairingName(pairing), { size: 32, bold: true, color: COLORS.heading, after: 480 }),
    new Table({
      width: { size: half * 2, type: WidthType.DXA },
      columnWidths: [half, half],
      layout: TableLayoutType.FIXED,
      borders: NO_BORDERS,
      // The Latin-American side first, as in the pairing's name.
      rows: [new TableRow({ cantSplit: true, children: (['lac', 'eu'] as const).map((side) => sideCell(side, pairing, plan, facts, half)) })],
    }),
    line(period ? t('ucap:doc.period', { period }) : '', { before: 480 }),
    line(t('ucap:doc.status', { status: t(`ucap:status.${plan.status}`) })),
    line(t('doc:ucap.version', { version: facts.version ?? t('doc:ucap.workingCopy', { date: today }) }), { size: 20, color: COLORS.muted, before: 960 }),
    line(facts.exportedBy ? t('doc:ucap.exportedBy', { who: facts.exportedBy, date: today }) : t('doc:ucap.exportedOn', { date: today }), { size: 20, color: COLORS.muted }),
  ];
}
