import type { Lang } from '../i18n/langs';
import { languagesPresent, pickText, type LocalizedText } from '../text/localized';
import { byOrder, type UcapContent, type UcapSection, type UcapTarget } from './content';
import { PLAN_TEXTS } from './plan';

/** A text written in some language but not in the one asked for. */
export type MissingTranslation = { target: UcapTarget; field: string; source: string; sourceLang: Lang };

/** Every localized text of the UCAP, in document order, with its place. */
export function localizedTexts(content: UcapContent): { target: UcapTarget; field: string; value: LocalizedText }[] {
  const out: { target: UcapTarget; field: string; value: LocalizedText }[] = [];
  const push = (section: UcapSection, recordId: string, field: string, value: LocalizedText) => out.push({ target: { section, recordId, field }, field, value });
  const planSection = { context: 'context', challenges: 'context', sustainability: 'sustainability', communicationReview: 'communication' } as const;
  for (const f of PLAN_TEXTS) push(planSection[f], content.plan.id, f, content.plan[f]);
  for (const o of byOrder(content.objectives)) push('objectives', o.id, 'title', o.title);
  for (const a of byOrder(content.actions)) for (const f of ['title', 'description', 'deliverables'] as const) push('actions', a.id, f, a[f]);
  for (const i of byOrder(content.indicators)) push('indicators', i.id, 'name', i.name);
  for (const b of byOrder(content.budgetLines)) push('budget', b.id, 'description', b.description);
  for (const r of byOrder(content.risks)) for (const f of ['title', 'mitigation'] as const) push('risks', r.id, f, r[f]);
  for (const c of byOrder(content.commItems)) push('communication', c.id, 'text', c.text);
  return out;
}

/** The texts that have words in another language but none in `lang`. */
export function missingTranslations(content: UcapContent, lang: Lang): MissingTranslation[] {
  return localizedTexts(content).flatMap(({ target, field, value }) => {
    const present = languagesPresent(value);
    if (present.length === 0 || present.includes(lang)) return [];
    const picked = pickText(value, lang);
    return [{ target, field, source: picked.text, sourceLang: picked.lang! }];
  });
}
