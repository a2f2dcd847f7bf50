import { sampleUcapContent } from '../shared/ucap/sample';
import type { UcapContent } from '../shared/ucap/content';
import { byOrder } from '../shared/ucap/content';
import type { Label, Lang } from '../shared/i18n/langs';
import { pickText } from '../shared/text/localized';
import { INDICATOR_LEVELS } from '../shared/ucap/vocab';

// A long UCAP for the export benchmark: the sample's sections, repeated with
// numbered copies until the document runs to about a hundred pages, and the
// same content as Markdown for pandoc.

const PARAGRAPH = 'Talleres con la junta de acción comunal y los vecinos de El Espinal para decidir usos, diseño y normas del punto de encuentro; regeneración del espacio público con arbolado y drenaje sostenible, fachadas y señalética diseñadas con la comunidad.';

export function longUcap(actions: number): UcapContent {
  const base = sampleUcapContent();
  const copy = <T extends { id: string; order: number }>(items: T[], n: number, edit: (item: T, i: number) => T): T[] =>
    Array.from({ length: n }, (_, i) => edit({ ...structuredClone(items[i % items.length]!), id: `${items[i % items.length]!.id}-${i}`, order: i }, i));
  return {
    ...base,
    actions: copy(base.actions, actions, (a, i) => ({ ...a, title: { es: `${a.title.es} ${i + 1}` }, description: { es: Array.from({ length: 4 }, () => PARAGRAPH).join('\n\n') } })),
    indicators: copy(base.indicators, actions * 2, (x, i) => ({ ...x, name: { es: `${x.name.es} ${i + 1}` }, actionId: null, objectiveId: null })),
    budgetLines: copy(base.budgetLines, actions * 3, (b, i) => ({ ...b, description: { es: `${b.description.es} ${i + 1}` }, actionId: null })),
    risks: copy(base.risks, actions, (r, i) => ({ ...r, title: { es: `${r.title.es} ${i + 1}` } })),
  };
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const table = (head: string[], rows: string[][]) => [`| ${head.map(cell).join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');

/** The same words and tables as Markdown, for pandoc to turn into .docx. */
export function ucapMarkdown(content: UcapContent, lang: Lang, t: Label): string {
  const text = (v: Parameters<typeof pickText>[0]) => pickText(v, lang).text;
  const out: string[] = [`% ${t('ucap:doc.title')}`, '', `# ${t('ucap:sections.context')}`, text(content.plan.context), text(content.plan.challenges)];
  out.push(`# ${t('ucap:sections.actions')}`, table(['#', t('ucap:actions.title'), t('ucap:actions.leadSide'), t('ucap:doc.dates'), t('ucap:actions.status')], byOrder(content.actions).map((a, i) => [String(i + 1), text(a.title), a.leadSide, `${a.startDate} – ${a.endDate}`, a.status])));
  for (const [i, a] of byOrder(content.actions).entries()) out.push(`## ${i + 1}. ${text(a.title)}`, text(a.description), `**${t('ucap:actions.partners')}:** ${a.partners}`);
  out.push(`# ${t('ucap:sections.indicators')}`);
  for (const level of INDICATOR_LEVELS) {
    out.push(`## ${t(`ucap:indicatorLevel.${level}`)}`, table([t('ucap:indicators.name'), t('ucap:indicators.unit'), t('ucap:indicators.baseline'), t('ucap:indicators.target'), t('ucap:indicators.source')], content.indicators.filter((x) => x.level === level).map((x) => [text(x.name), x.unit, `${x.baseline} ${x.baselineDate ?? ''}`, `${x.target} ${x.targetDate ?? ''}`, x.source])));
  }
  out.push(`# ${t('ucap:sections.budget')}`, table([t('ucap:budget.description'), t('ucap:budget.source'), t('ucap:budget.amount')], content.budgetLines.map((b) => [text(b.description), b.source, `${b.amount} ${b.currency}`])));
  out.push(`# ${t('ucap:sections.risks')}`, table([t('ucap:risks.title'), t('ucap:risks.likelihood'), t('ucap:risks.impact'), t('ucap:risks.mitigation'), t('ucap:risks.owner')], content.risks.map((r) => [text(r.title), r.likelihood, r.impact, text(r.mitigation), r.owner])));
  out.push(`# ${t('ucap:sections.sustainability')}`, text(content.plan.sustainability));
  return out.join('\n\n');
}
