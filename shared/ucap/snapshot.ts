import { z } from 'zod';
import { recordBase, requiredText } from '../model/fields';
import type { Lang } from '../i18n/langs';
import { pickText, type LocalizedText } from '../text/localized';
import { ucapPlanSchema } from './plan';
import { ucapActionSchema, ucapBudgetLineSchema, ucapCommItemSchema, ucapIndicatorSchema, ucapObjectiveSchema, ucapRateSchema, ucapRiskSchema } from './items';
import { UCAP_STATUSES } from './vocab';
import type { UcapContent, UcapSection } from './content';

// A named version of the whole UCAP, kept as one record: saved by hand or at
// each status change, compared section by section, restored in one write.

const many = <T extends z.ZodType>(schema: T) => z.array(schema).max(5000);

export const snapshotContentSchema = z.object({
  plan: ucapPlanSchema,
  objectives: many(ucapObjectiveSchema),
  actions: many(ucapActionSchema),
  indicators: many(ucapIndicatorSchema),
  budgetLines: many(ucapBudgetLineSchema),
  rates: many(ucapRateSchema),
  risks: many(ucapRiskSchema),
  commItems: many(ucapCommItemSchema),
});

export const ucapSnapshotSchema = z.object({
  ...recordBase,
  name: requiredText(),
  /** When it was taken (ms since epoch) and the status the UCAP had then. */
  takenAt: z.number().int().min(0),
  status: z.enum(UCAP_STATUSES),
  content: snapshotContentSchema,
});
export type UcapSnapshot = z.infer<typeof ucapSnapshotSchema>;

/** The lists a version keeps, as its stored format names them (the declarations say which kind each holds). */
export const LIST_KEYS = Object.keys(snapshotContentSchema.shape).filter((key): key is ListKey => key !== 'plan');
export type ListKey = Exclude<keyof z.infer<typeof snapshotContentSchema>, 'plan'>;

function plain<T extends object>(record: T): T {
  const { stamps: _stamps, ...rest } = record as T & { stamps?: unknown };
  return structuredClone(rest) as T;
}

/** The content as a snapshot keeps it: live records, without their clock stamps. */
export function snapshotContent(content: UcapContent): UcapContent {
  const out = { plan: plain(content.plan) } as UcapContent;
  for (const key of LIST_KEYS) (out as Record<ListKey, unknown[]>)[key] = (content[key] as object[]).filter((r) => !(r as { deleted: boolean }).deleted).map(plain);
  return out;
}

/** One language of one text that differs between two versions: what the compare shows word by word. */
export type TextChange = { field: string; lang: Lang; before: string; after: string };
export type DiffEntry = { change: 'added' | 'removed' | 'changed'; label: string; field: string | null; texts: TextChange[] };
export type SectionDiff = { section: UcapSection; entries: DiffEntry[] };

const SECTION_LISTS: Partial<Record<UcapSection, ListKey[]>> = {
  objectives: ['objectives'],
  actions: ['actions'],
  indicators: ['indicators'],
  budget: ['budgetLines', 'rates'],
  risks: ['risks'],
  communication: ['commItems'],
};
const SECTION_PLAN_FIELDS: Partial<Record<UcapSection, readonly string[]>> = {
  context: ['context', 'challenges'],
  budget: ['reportingCurrency'],
  communication: ['communicationReview'],
  sustainability: ['sustainability'],
};
const DIFF_SECTIONS: UcapSection[] = ['context', 'objectives', 'actions', 'indicators', 'budget', 'risks', 'communication', 'sustainability'];

function labelOf(record: Record<string, unknown>, lang: Lang): string {
  for (const key of ['title', 'name', 'description', 'text']) {
    const value = record[key];
    if (value && typeof value === 'object') {
      const text = pickText(value as LocalizedText, lang).text;
      if (text) return text;
    }
  }
  return typeof record.currency === 'string' ? record.currency : '';
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const LANG_ORDER: readonly Lang[] = ['es', 'pt', 'en'];
const isLocalized = (v: unknown): v is LocalizedText => Boolean(v) && typeof v === 'object' && !Array.isArray(v) && Object.keys(v as object).every((k) => (LANG_ORDER as readonly string[]).includes(k));

/**
 * The texts people wrote that differ between two versions of a record,
 * language by language (the language being read first), for the fields
 * given or every per-language text of the record. Codes (a status, a side)
 * are not texts: the compare names those changes, it does not spell them.
 */
export function textChanges(before: Record<string, unknown>, after: Record<string, unknown>, lang: Lang, fields?: readonly string[]): TextChange[] {
  const out: TextChange[] = [];
  const langs = [lang, ...LANG_ORDER.filter((l) => l !== lang)];
  for (const field of fields ?? [...new Set([...Object.keys(before), ...Object.keys(after)])]) {
    const a = before[field];
    const b = after[field];
    if (isLocalized(a) || isLocalized(b)) {
      for (const l of langs) {
        const x = (isLocalized(a) ? a[l] : undefined) ?? '';
        const y = (isLocalized(b) ? b[l] : undefined) ?? '';
        if (x !== y) out.push({ field, lang: l, before: x, after: y });
      }
    }
  }
  return out;
}
const normalizeText = (v: unknown) => (v && typeof v === 'object' ? Object.fromEntries(Object.entries(v as Record<string, string>).filter(([, s]) => s !== '' && s !== undefined).sort()) : v);

/** What changed from `before` to `after`, section by section; sections without change are left out. */
export function diffSnapshots(before: UcapContent, after: UcapContent, lang: Lang): SectionDiff[] {
  const out: SectionDiff[] = [];
  for (const section of DIFF_SECTIONS) {
    const entries: DiffEntry[] = [];
    for (const field of SECTION_PLAN_FIELDS[section] ?? []) {
      const a = normalizeText((before.plan as Record<string, unknown>)[field]);
      const b = normalizeText((after.plan as Record<string, unknown>)[field]);
      if (!same(a, b)) entries.push({ change: 'changed', label: '', field, texts: textChanges(before.plan, after.plan, lang, [field]) });
    }
    for (const key of SECTION_LISTS[section] ?? []) {
      const was = new Map((before[key] as Record<string, unknown>[]).map((r) => [r.id as string, r]));
      const now = new Map((after[key] as Record<string, unknown>[]).map((r) => [r.id as string, r]));
      for (const [id, r] of now) {
        const old = was.get(id);
        if (!old) entries.push({ change: 'added', label: labelOf(r, lang), field: null, texts: [] });
        else if (!same(plain(old), plain(r))) entries.push({ change: 'changed', label: labelOf(r, lang), field: null, texts: textChanges(plain(old), plain(r), lang) });
      }
      for (const [id, r] of was) if (!now.has(id)) entries.push({ change: 'removed', label: labelOf(r, lang), field: null, texts: [] });
    }
    if (entries.length) out.push({ section, entries });
  }
  return out;
}
