import { Paragraph, TableOfContents, TextRun, type Document, type FileChild } from 'docx';
import type { Label, Lang } from '../i18n/langs';
import { pairingName, type Pairing } from '../model/pairing';
import { formatDate } from '../model/dates';
import { pickText, type LocalizedText } from '../text/localized';
import { byOrder, type UcapContent } from '../ucap/content';
import type { UcapAction, UcapIndicator } from '../ucap/items';
import { budgetSummary } from '../ucap/budget';
import { formatDecimal, formatMoney, toMinor } from '../ucap/money';
import { COMM_KINDS, INDICATOR_LEVELS, OBJECTIVE_LEVELS } from '../ucap/vocab';
import { createDocument } from './base';
import { COLORS, DOCUMENT_LOCALES } from './styles';
import { dataTable, type CellValue } from './tables';
import { bulletList, heading, labelled, nonBlank, note, textRuns, type Marked } from './text';
import { blockInLanguage, inlineInLanguage, plainInLanguage, writtenIn } from './other-language';
import { formatTypedNumber } from './typed-number';
import { ucapCover, type CoverFacts } from './ucap-cover';
import { timelineSection } from './ucap-timeline';
import { photoParagraphs } from './photos';
import type { DocPhoto } from '../missions/doc-data';

/** The plan, and the photos to append to it (of the pilot sites, say): the UCAP's records hold none yet, so the caller gives them. */
export type UcapDocData = { pairing: Pairing; content: UcapContent; photos?: readonly DocPhoto[] };
export type UcapDocOptions = Omit<CoverFacts, 'lang' | 't' | 'today'> & {
  lang: Lang;
  t: Label;
  today: string;
  /** Write the contents' page numbers, laid out as Word lays the pages out (the default); see createDocument's layoutPages. */
  layoutPages?: boolean;
};

type Ctx = UcapDocOptions & { locale: string };

/** A short text for a table cell or a list: in another language, it carries the mark that names it. */
const inline = (value: LocalizedText, ctx: Ctx): Marked => inlineInLanguage(value, ctx);
/** A short text for a heading, the contents or the timeline: the text alone. */
const plain = (value: LocalizedText, ctx: Ctx): string => plainInLanguage(value, ctx.lang);

/** A long text: in the document's language, or in another with a note that says which. */
function block(value: LocalizedText, ctx: Ctx, empty = true): FileChild[] {
  const picked = pickText(value, ctx.lang);
  if (!picked.lang) return empty ? [note(ctx.t('ucap:doc.notWritten'))] : [];
  return blockInLanguage(value, ctx);
}

/** An action's title, or "Action 3" when it has none yet: the same name in the actions part and on the timeline. */
const actionName = (action: UcapAction, i: number, ctx: Ctx) => plain(action.title, ctx) || `${ctx.t('ucap:actions.actionLabel')} ${i + 1}`;
/** The same, as a cell: marked when it is in another language. */
const actionCell = (action: UcapAction, i: number, ctx: Ctx): Marked => (plain(action.title, ctx) ? inline(action.title, ctx) : { text: `${ctx.t('ucap:actions.actionLabel')} ${i + 1}` });

const day = (iso: string | null, ctx: Ctx) => (iso ? formatDate(iso, ctx.locale, 'medium') : '');
const span = (start: string | null, end: string | null, ctx: Ctx) => (start || end ? `${day(start, ctx) || '…'} – ${day(end, ctx) || '…'}` : '');

/** A bold line that introduces a list or a text inside an action: kept with what follows. */
const subhead = (text: string) => new Paragraph({ keepNext: true, children: textRuns(text, { bold: true }) });

function contents(ctx: Ctx): FileChild[] {
  return [
    // Not a heading: the contents do not list themselves.
    new Paragraph({ spacing: { after: 200 }, children: [new TextRun({ text: ctx.t('ucap:doc.contents'), bold: true, size: 32, color: COLORS.heading })] }),
    new TableOfContents(ctx.t('ucap:doc.contents'), { hyperlink: true, headingStyleRange: '1-2' }),
  ];
}

function objectivesPart(content: UcapContent, ctx: Ctx): FileChild[] {
  const { t } = ctx;
  return [
    heading(t('ucap:sections.objectives'), 1),
    ...OBJECTIVE_LEVELS.flatMap((level) => {
      const items = byOrder(content.objectives.filter((o) => o.level === level)).map((o) => inline(o.title, ctx)).filter((m) => m.text);
      return [heading(t(`ucap:objectiveLevel.${level}`), 2), ...(items.length ? bulletList(items) : [note(t('ucap:doc.none'))])];
    }),
  ];
}

function actionsPart(content: UcapContent, ctx: Ctx): FileChild[] {
  const { t } = ctx;
  const actions = byOrder(content.actions);
  const objectives = byOrder(content.objectives);
  const name = (i: number) => actionName(actions[i]!, i, ctx);
  if (actions.length === 0) return [heading(t('ucap:sections.actions'), 1), note(t('ucap:doc.none'))];
  return [
    heading(t('ucap:sections.actions'), 1),
    dataTable(
      ['#', t('ucap:actions.title'), t('ucap:actions.leadSide'), t('ucap:doc.dates'), t('ucap:actions.status')],
      actions.map((a, i) => {
        const title = actionCell(a, i, ctx);
        return [String(i + 1), { lines: [title, ...(a.pilot ? [t('ucap:actions.pilotLabel')] : [])] }, t(`ucap:leadSide.${a.leadSide}`), span(a.startDate, a.endDate, ctx), t(`ucap:actionStatus.${a.status}`)];
      }),
      { weights: [0.4, 4, 1.8, 2.6, 1.4] },
    ),
    ...actions.flatMap((a, i) => {
      const linked = objectives.filter((o) => a.objectiveIds.includes(o.id)).map((o) => inline(o.title, ctx)).filter((m) => m.text);
      return [
        heading(`${i + 1}. ${name(i)}`, 2),
        ...(a.pilot ? [note(t('ucap:actions.pilotLabel'))] : []),
        ...block(a.description, ctx),
        ...(a.partners.trim() ? [labelled(t('ucap:actions.partners'), writtenIn(a.partners, a.writtenIn, ctx))] : []),
        ...(pickText(a.deliverables, ctx.lang).lang ? [subhead(t('ucap:actions.deliverables')), ...block(a.deliverables, ctx)] : []),
        ...(linked.length ? [subhead(t('ucap:actions.objectives')), ...bulletList(linked)] : []),
      ];
    }),
  ];
}

function indicatorsPart(content: UcapContent, ctx: Ctx, newPage = false): FileChild[] {
  const { t } = ctx;
  const actions = byOrder(content.actions);
  const objectives = byOrder(content.objectives);
  // What an indicator measures belongs to: the action and the objective, by name, marked when shown in another language as in their own lists.
  const linkOf = (actionId: string | null, objectiveId: string | null): CellValue => ({
    lines: [actions.find((a) => a.id === actionId), objectives.find((o) => o.id === objectiveId)].filter((x) => x !== undefined).map((x) => ['• ', inline(x.title, ctx)]),
  });
  // A value as the team typed it: a figure in the document's way of writing numbers, a word ("sí", "no") marked when in another language.
  const figure = (i: UcapIndicator, value: string) => writtenIn(formatTypedNumber(value, ctx.locale), i.writtenIn, ctx);
  const withDate = (i: UcapIndicator, value: string, date: string | null): CellValue => ({ lines: nonBlank([figure(i, value), day(date, ctx)]) });
  const measurements = (i: UcapIndicator): CellValue => ({ lines: i.measurements.map((m) => [`${day(m.date, ctx)}: `, figure(i, m.value)]) });
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
              list.map((i) => [inline(i.name, ctx), writtenIn(i.unit, i.writtenIn, ctx), withDate(i, i.baseline, i.baselineDate), withDate(i, i.target, i.targetDate), measurements(i), writtenIn(i.source, i.writtenIn, ctx), linkOf(i.actionId, i.objectiveId)]),
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
    heading(t('ucap:sections.budget'), 1),
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
    heading(t('ucap:sections.risks'), 1),
    risks.length === 0
      ? note(t('ucap:doc.none'))
      : dataTable(
          [t('ucap:risks.title'), t('ucap:risks.kind'), t('ucap:risks.likelihood'), t('ucap:risks.impact'), t('ucap:risks.mitigation'), t('ucap:risks.owner')],
          risks.map((r) => [inline(r.title, ctx), t(`ucap:riskKind.${r.kind}`), t(`ucap:grade.${r.likelihood}`), t(`ucap:grade.${r.impact}`), inline(r.mitigation, ctx), writtenIn(r.owner, r.writtenIn, ctx)]),
          { weights: [2.6, 1.6, 1.2, 1.2, 4, 1.6] },
        ),
  ];
}

function communicationPart(content: UcapContent, ctx: Ctx): FileChild[] {
  const { t } = ctx;
  return [
    heading(t('ucap:sections.communication'), 1),
    ...COMM_KINDS.flatMap((kind) => {
      // The date first, so the mark of another language ends the item rather than sitting between its text and its date.
      const items = byOrder(content.commItems.filter((c) => c.kind === kind))
        .map((c) => ({ c, text: inline(c.text, ctx) }))
        .filter(({ text }) => text.text)
        .map(({ c, text }): Marked => (c.date ? { ...text, text: `${day(c.date, ctx)}: ${text.text}` } : text));
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
  const ctx: Ctx = { ...options, locale: DOCUMENT_LOCALES[options.lang] };
  const { t } = ctx;
  const { content, pairing } = data;
  const body: FileChild[] = [
    ...contents(ctx),
    // The contents have a page of their own; from here on sections follow one another, headings kept with what follows.
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
    pairing,
    ctx,
  );
  // The timeline's section break already starts a page: the heading after it needs no page break of its own.
  const after: FileChild[] = [
    ...indicatorsPart(content, ctx, false),
    ...budgetPart(content, ctx),
    ...risksPart(content, ctx),
    ...communicationPart(content, ctx),
    heading(t('ucap:sections.sustainability'), 1),
    ...block(content.plan.sustainability, ctx),
    ...(data.photos?.length
      ? [heading(t('doc:ucap.photos'), 1), ...data.photos.flatMap((p, n) => photoParagraphs(p, p.caption, p.caption.trim() || t('doc:ucap.photoAlt', { n: n + 1 })))]
      : []),
  ];
  return createDocument({
    lang: options.lang,
    title: t('ucap:doc.title'),
    subject: t('ucap:doc.title'),
    headerText: `${pairingName(pairing)} · ${t('ucap:doc.short')}`,
    t,
    cover: ucapCover(pairing, content.plan, pairing.startDate || pairing.endDate ? span(pairing.startDate, pairing.endDate, ctx) : '', ctx),
    toc: true,
    ...(options.layoutPages === false ? { layoutPages: false } : {}),
    sections: [{ children: body }, timeline, { children: after }],
  });
}
