import { AlignmentType, Paragraph, TableOfContents, TextRun, type Document, type FileChild } from 'docx';
import type { Label, Lang } from '../i18n/langs';
import { leadMunicipality, pairingName, type Pairing } from '../model/pairing';
import { formatDate } from '../model/dates';
import { pickText, type LocalizedText } from '../text/localized';
import { byOrder, type UcapContent } from '../ucap/content';
import { agreementOf, parseSigner } from '../ucap/agreement';
import type { UcapAction } from '../ucap/items';
import { budgetSummary } from '../ucap/budget';
import { formatDecimal, formatMoney, toMinor } from '../ucap/money';
import { COMM_KINDS, INDICATOR_LEVELS, OBJECTIVE_LEVELS } from '../ucap/vocab';
import { createDocument } from './base';
import { COLORS, DOCUMENT_LOCALES } from './styles';
import { dataTable } from './tables';
import { bulletList, heading, note, textParagraphs, textRuns } from './text';
import { timelineSection } from './ucap-timeline';

export type UcapDocData = { pairing: Pairing; content: UcapContent };
export type UcapDocOptions = { lang: Lang; t: Label; today: string };

type Ctx = UcapDocOptions & { locale: string; fallbackUsed: Set<Lang> };

/** A short text in the document's language, or in another one with its language plainly marked: "Plaza (ES)". */
function inline(value: LocalizedText, ctx: Ctx): string {
  const picked = pickText(value, ctx.lang);
  if (!picked.lang) return '';
  if (!picked.fallback) return picked.text;
  ctx.fallbackUsed.add(picked.lang);
  return `${picked.text} (${picked.lang.toUpperCase()})`;
}

/** A long text: in the document's language, or in another with a note that says which. */
function block(value: LocalizedText, ctx: Ctx, empty = true): FileChild[] {
  const picked = pickText(value, ctx.lang);
  if (!picked.lang) return empty ? [note(ctx.t('ucap:doc.notWritten'))] : [];
  const marked = picked.fallback ? [note(ctx.t('ucap:doc.fallback', { wanted: ctx.t(`doc:inLanguage.${ctx.lang}`), shown: ctx.t(`doc:inLanguage.${picked.lang}`) }))] : [];
  // The text keeps its own language, so Word checks its spelling as Spanish in an English file.
  return [...marked, ...textParagraphs(picked.text, { language: { value: DOCUMENT_LOCALES[picked.lang] } })];
}

/** An action's title, or "Action 3" when it has none yet: the same name in the actions part and on the timeline. */
const actionName = (action: UcapAction, i: number, ctx: Ctx) => inline(action.title, ctx) || `${ctx.t('ucap:actions.actionLabel')} ${i + 1}`;

const day = (iso: string | null, ctx: Ctx) => (iso ? formatDate(iso, ctx.locale, 'medium') : '');
const span = (start: string | null, end: string | null, ctx: Ctx) => (start || end ? `${day(start, ctx) || '…'} – ${day(end, ctx) || '…'}` : '');

function cover(data: UcapDocData, ctx: Ctx): FileChild[] {
  const { pairing, content } = data;
  const { t } = ctx;
  const line = (text: string, size = 24, bold = false) => new Paragraph({ alignment: AlignmentType.LEFT, spacing: { after: 160 }, children: textRuns(text, { size, bold }) });
  return [
    line(pairingName(pairing), 40, true),
    ...(pairing.startDate || pairing.endDate ? [line(t('ucap:doc.period', { period: span(pairing.startDate, pairing.endDate, ctx) }))] : []),
    line(t('ucap:doc.status', { status: t(`ucap:status.${content.plan.status}`) })),
    // Who agreed for each side, by name (the e-mail stays in the app): the programme reads it as the sign-off.
    ...(['eu', 'lac'] as const).flatMap((side) => {
      const { agreed, by } = agreementOf(content.plan, side);
      const name = parseSigner(by).name;
      return agreed && name ? [line(t('ucap:doc.agreedBy', { side: leadMunicipality(pairing[side])?.name ?? '', by: name }))] : [];
    }),
    line(t('ucap:doc.exportedOn', { date: day(ctx.today, ctx) }), 20),
  ];
}

function contents(ctx: Ctx): FileChild[] {
  return [
    new Paragraph({ pageBreakBefore: true, spacing: { after: 200 }, children: [new TextRun({ text: ctx.t('ucap:doc.contents'), bold: true, size: 32, color: COLORS.heading })] }),
    new TableOfContents(ctx.t('ucap:doc.contents'), { hyperlink: true, headingStyleRange: '1-2' }),
  ];
}

function objectivesPart(content: UcapContent, ctx: Ctx): FileChild[] {
  const { t } = ctx;
  return [
    heading(t('ucap:sections.objectives'), 1, true),
    ...OBJECTIVE_LEVELS.flatMap((level) => {
      const items = byOrder(content.objectives.filter((o) => o.level === level)).map((o) => inline(o.title, ctx)).filter(Boolean);
      return [heading(t(`ucap:objectiveLevel.${level}`), 2), ...(items.length ? bulletList(items) : [note(t('ucap:doc.none'))])];
    }),
  ];
}

function actionsPart(content: UcapContent, ctx: Ctx): FileChild[] {
  const { t } = ctx;
  const actions = byOrder(content.actions);
  const objectives = byOrder(content.objectives);
  const name = (i: number) => actionName(actions[i]!, i, ctx);
  if (actions.length === 0) return [heading(t('ucap:sections.actions'), 1, true), note(t('ucap:doc.none'))];
  return [
    heading(t('ucap:sections.actions'), 1, true),
    dataTable(
      ['#', t('ucap:actions.title'), t('ucap:actions.leadSide'), t('ucap:doc.dates'), t('ucap:actions.status')],
      actions.map((a, i) => [String(i + 1), `${name(i)}${a.pilot ? `\n${t('ucap:actions.pilotLabel')}` : ''}`, t(`ucap:leadSide.${a.leadSide}`), span(a.startDate, a.endDate, ctx), t(`ucap:actionStatus.${a.status}`)]),
      { weights: [0.4, 4, 1.8, 2.6, 1.4] },
    ),
    ...actions.flatMap((a, i) => {
      const linked = objectives.filter((o) => a.objectiveIds.includes(o.id)).map((o) => inline(o.title, ctx)).filter(Boolean);
      return [
        heading(`${i + 1}. ${name(i)}`, 2),
        ...(a.pilot ? [note(t('ucap:actions.pilotLabel'))] : []),
        ...block(a.description, ctx),
        ...(a.partners.trim() ? [new Paragraph({ children: [...textRuns(`${t('ucap:actions.partners')}: `, { bold: true }), ...textRuns(a.partners)] })] : []),
        ...(pickText(a.deliverables, ctx.lang).lang ? [new Paragraph({ children: textRuns(t('ucap:actions.deliverables'), { bold: true }) }), ...block(a.deliverables, ctx)] : []),
        ...(linked.length ? [new Paragraph({ children: textRuns(t('ucap:actions.objectives'), { bold: true }) }), ...bulletList(linked)] : []),
      ];
    }),
  ];
}

function indicatorsPart(content: UcapContent, ctx: Ctx, newPage = true): FileChild[] {
  const { t } = ctx;
  const actions = byOrder(content.actions);
  const objectives = byOrder(content.objectives);
  const linkOf = (actionId: string | null, objectiveId: string | null) =>
    [actions.find((a) => a.id === actionId), objectives.find((o) => o.id === objectiveId)].filter((x) => x !== undefined).map((x) => `• ${inline(x.title, ctx)}`).join('\n');
  const withDate = (value: string, date: string | null) => [value, day(date, ctx)].filter(Boolean).join('\n');
  return [
    heading(t('ucap:sections.indicators'), 1, newPage),
    ...INDICATOR_LEVELS.flatMap((level) => {
      const list = byOrder(content.indicators.filter((i) => i.level === level));
      return [
        heading(t(`ucap:indicatorLevel.${level}`), 2),
        list.length === 0
          ? note(t('ucap:doc.none'))
          : dataTable(
              [t('ucap:indicators.name'), t('ucap:indicators.unit'), t('ucap:indicators.baseline'), t('ucap:indicators.target'), t('ucap:indicators.measurements'), t('ucap:indicators.source'), t('ucap:doc.linkedTo')],
              list.map((i) => [inline(i.name, ctx), i.unit, withDate(i.baseline, i.baselineDate), withDate(i.target, i.targetDate), i.measurements.map((m) => `${day(m.date, ctx)}: ${m.value}`).join('\n'), i.source, linkOf(i.actionId, i.objectiveId)]),
              { weights: [2.6, 1.4, 1.4, 1.4, 1.7, 1.7, 2.6] },
            ),
      ];
    }),
  ];
}

function budgetPart(content: UcapContent, ctx: Ctx): FileChild[] {
  const { t, locale } = ctx;
  const actions = byOrder(content.actions);
  const lines = byOrder(content.budgetLines);
  const summary = budgetSummary(content);
  const money = (amount: string, currency: string) => {
    const minor = currency && amount ? toMinor(amount, currency) : null;
    return minor === null ? [amount, currency].filter(Boolean).join(' ') : formatMoney(minor, currency, locale);
  };
  const reporting = summary.converted;
  return [
    heading(t('ucap:sections.budget'), 1, true),
    lines.length === 0
      ? note(t('ucap:doc.none'))
      : dataTable(
          [t('ucap:budget.description'), t('ucap:budget.action'), t('ucap:budget.source'), t('ucap:budget.amount')],
          lines.map((b) => [inline(b.description, ctx), inline(actions.find((a) => a.id === b.actionId)?.title ?? {}, ctx), t(`ucap:fundingSource.${b.source}`), money(b.amount, b.currency)]),
          { weights: [4, 3, 1.6, 2.2] },
        ),
    heading(t('ucap:budget.totals'), 2),
    summary.totals.length === 0
      ? note(t('ucap:budget.noTotals'))
      : dataTable([t('ucap:budget.currency'), t('ucap:doc.total')], summary.totals.map((x) => [x.currency, formatMoney(x.minor, x.currency, locale)]), { weights: [1, 2] }),
    ...(reporting
      ? [
          new Paragraph({ spacing: { before: 200 }, children: [...textRuns(`${t('ucap:budget.convertedTotal', { currency: reporting.currency })} `, { bold: true }), ...textRuns(formatMoney(reporting.minor, reporting.currency, locale))] }),
          ...(reporting.missingRates.length ? [note(t('ucap:budget.missingRates', { currencies: reporting.missingRates.join(', ') }))] : []),
          ...(reporting.used.length
            ? [
                heading(t('ucap:doc.ratesUsed'), 2),
                dataTable([t('ucap:budget.currency'), t('ucap:doc.rate', { currency: reporting.currency }), t('ucap:budget.rateDate')], reporting.used.map((r) => [r.currency, formatDecimal(r.rate, locale), day(r.date, ctx)]), { weights: [1, 2, 2] }),
              ]
            : []),
        ]
      : []),
  ];
}

function risksPart(content: UcapContent, ctx: Ctx): FileChild[] {
  const { t } = ctx;
  const risks = byOrder(content.risks);
  return [
    heading(t('ucap:sections.risks'), 1, true),
    risks.length === 0
      ? note(t('ucap:doc.none'))
      : dataTable(
          [t('ucap:risks.title'), t('ucap:risks.kind'), t('ucap:risks.likelihood'), t('ucap:risks.impact'), t('ucap:risks.mitigation'), t('ucap:risks.owner')],
          risks.map((r) => [inline(r.title, ctx), t(`ucap:riskKind.${r.kind}`), t(`ucap:grade.${r.likelihood}`), t(`ucap:grade.${r.impact}`), inline(r.mitigation, ctx), r.owner]),
          { weights: [2.6, 1.6, 1.2, 1.2, 4, 1.6] },
        ),
  ];
}

function communicationPart(content: UcapContent, ctx: Ctx): FileChild[] {
  const { t } = ctx;
  return [
    heading(t('ucap:sections.communication'), 1, true),
    ...COMM_KINDS.flatMap((kind) => {
      const items = byOrder(content.commItems.filter((c) => c.kind === kind)).map((c) => [inline(c.text, ctx), c.date ? `(${day(c.date, ctx)})` : ''].filter(Boolean).join(' ')).filter(Boolean);
      return items.length ? [heading(t(`ucap:commKind.${kind}`), 2), ...bulletList(items)] : [];
    }),
    heading(t('ucap:doc.review'), 2),
    ...block(content.plan.communicationReview, ctx),
  ];
}

/**
 * The UCAP as the programme receives it: a cover, a table of contents,
 * every section under Word's heading styles, the actions, indicators, budget
 * and risks as tables whose header row repeats on each page, and the actions'
 * months on a landscape page of their own. A pure function
 * of the data, the labels and the language, like the dossier.
 */
export function buildUcapDocument(data: UcapDocData, options: UcapDocOptions): Document {
  const ctx: Ctx = { ...options, locale: DOCUMENT_LOCALES[options.lang], fallbackUsed: new Set() };
  const { t } = ctx;
  const { content } = data;
  const body: FileChild[] = [
    ...contents(ctx),
    heading(t('ucap:sections.context'), 1, true),
    heading(t('ucap:plan.context'), 2),
    ...block(content.plan.context, ctx),
    heading(t('ucap:plan.challenges'), 2),
    ...block(content.plan.challenges, ctx),
    ...objectivesPart(content, ctx),
    ...actionsPart(content, ctx),
  ];
  const timeline = timelineSection(
    byOrder(content.actions).map((a, i) => ({ name: actionName(a, i, ctx), startDate: a.startDate, endDate: a.endDate })),
    data.pairing,
    ctx,
  );
  // The timeline's section break already starts a page: the heading after it needs no page break of its own.
  const after: FileChild[] = [
    ...indicatorsPart(content, ctx, false),
    ...budgetPart(content, ctx),
    ...risksPart(content, ctx),
    ...communicationPart(content, ctx),
    heading(t('ucap:sections.sustainability'), 1, true),
    ...block(content.plan.sustainability, ctx),
  ];
  // Said once on the cover, after the body is built: which languages stand in for missing translations.
  const fallbackNote = ctx.fallbackUsed.size
    ? [note(t('ucap:doc.fallbackMarks', { wanted: t(`doc:inLanguage.${options.lang}`), codes: [...ctx.fallbackUsed].map((l) => l.toUpperCase()).join(', ') }))]
    : [];
  return createDocument({
    lang: options.lang,
    title: t('ucap:doc.title'),
    subject: t('ucap:doc.title'),
    headerText: `${pairingName(data.pairing)} · ${t('ucap:doc.short')}`,
    t,
    sections: [{ children: [...cover(data, ctx), ...fallbackNote, ...body] }, timeline, { children: after }],
  });
}
