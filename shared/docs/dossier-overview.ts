import type { Paragraph } from 'docx';
import type { Label, Lang } from '../i18n/langs';
import { formatDate, monthsBetween } from '../model/dates';
import { pairingWarnings, type Pairing } from '../model/pairing';
import { MAX_PAIRING_MONTHS } from '../model/vocabularies';
import { DOCUMENT_LOCALES } from './styles';
import { labelled, note, warning } from './text';

export type DossierContext = { lang: Lang; t: Label; today: string };

export function formatDay(iso: string, ctx: DossierContext, style: 'long' | 'medium' = 'long'): string {
  return formatDate(iso, DOCUMENT_LOCALES[ctx.lang], style);
}

/** "18 months", the number written as the language writes it (one decimal at most). */
export function durationText(start: string, end: string, ctx: DossierContext): string {
  const months = Math.round(monthsBetween(start, end) * 10) / 10;
  const formatted = new Intl.NumberFormat(DOCUMENT_LOCALES[ctx.lang], { maximumFractionDigits: 1 }).format(months);
  return ctx.t('doc:dossier.months', { count: months, months: formatted });
}

/** The cooperation's dates in words, whichever of them are known. */
export function periodText(p: Pick<Pairing, 'startDate' | 'endDate'>, ctx: DossierContext): string {
  const { t } = ctx;
  if (p.startDate && p.endDate) {
    return t('doc:dossier.periodRange', {
      start: formatDay(p.startDate, ctx),
      end: formatDay(p.endDate, ctx),
      duration: durationText(p.startDate, p.endDate, ctx),
    });
  }
  if (p.startDate) return t('doc:dossier.periodFrom', { start: formatDay(p.startDate, ctx) });
  if (p.endDate) return t('doc:dossier.periodUntil', { end: formatDay(p.endDate, ctx) });
  return t('doc:dossier.periodNone');
}

/** Status, dates, the 18-month warning, and the day the team data is read for. */
export function overviewParagraphs(p: Pairing, ctx: DossierContext): Paragraph[] {
  const { t } = ctx;
  const warnings = pairingWarnings(p).map(() => warning(t('doc:dossier.longerThanProgramme', { max: MAX_PAIRING_MONTHS })));
  return [
    labelled(t('doc:dossier.status'), t(`vocab:status.${p.status}`)),
    labelled(t('doc:dossier.period'), periodText(p, ctx)),
    ...warnings,
    note(t('doc:dossier.asOf', { date: formatDay(ctx.today, ctx) })),
  ];
}
