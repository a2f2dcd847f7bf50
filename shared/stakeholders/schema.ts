import { z } from 'zod';
import { SIDES } from '../model/vocabularies';
import { email, LONG_TEXT_MAX, optionalText, recordBase, writtenIn } from '../model/fields';
import { ENGAGEMENT_LEVELS, SCALE_MAX, SCALE_MIN, STAKEHOLDER_GROUPS, STANCES } from './vocabularies';

// A custom check rather than z.number().int(): zod reports a fraction or NaN as
// a wrong type, which reads as "required"; this way the user reads the rule.
const scale = z.custom<number>((v) => typeof v === 'number' && Number.isInteger(v) && v >= SCALE_MIN && v <= SCALE_MAX, {
  error: 'stakeholders:errors.scale',
});

/** Short words a list holds (languages spoken, tags): trimmed, never empty. */
const wordList = z.array(z.string().trim().min(1, { error: 'required' }).max(60, { error: 'tooLong' })).max(30, { error: 'stakeholders:errors.tooMany' });

/** One actor of one side of a pairing: a person, an organisation, or a person in an organisation. */
export const stakeholderSchema = z
  .object({
    ...recordBase,
    side: z.enum(SIDES, { error: 'stakeholders:errors.side' }),
    name: optionalText(),
    organisation: optionalText(),
    role: optionalText(),
    group: z.enum(STAKEHOLDER_GROUPS, { error: 'stakeholders:errors.group' }),
    email,
    phone: optionalText(60),
    website: optionalText(),
    address: optionalText(1000),
    languages: wordList,
    power: scale,
    interest: scale,
    engagement: z.enum(ENGAGEMENT_LEVELS, { error: 'stakeholders:errors.engagement' }),
    stance: z.enum(STANCES, { error: 'stakeholders:errors.stance' }),
    tags: wordList,
    notes: optionalText(LONG_TEXT_MAX),
    writtenIn,
  })
  .refine((s) => s.name.trim() !== '' || s.organisation.trim() !== '', { error: 'stakeholders:errors.nameOrOrganisation', path: ['name'] });
export type Stakeholder = z.infer<typeof stakeholderSchema>;

/** The fields a user edits (everything but identity and the tombstone). */
export type StakeholderFields = Omit<Stakeholder, 'id' | 'pairingId' | 'deleted'>;

export const STAKEHOLDER_FIELDS = [
  'side', 'name', 'organisation', 'role', 'group', 'email', 'phone', 'website', 'address',
  'languages', 'power', 'interest', 'engagement', 'stance', 'tags', 'notes',
] as const satisfies readonly (keyof StakeholderFields)[];
export type StakeholderField = (typeof STAKEHOLDER_FIELDS)[number];

/** A new stakeholder's fields, all present, so its first change carries the whole record. */
export function newStakeholderFields(patch: Partial<StakeholderFields> & Pick<StakeholderFields, 'side'>): StakeholderFields & { deleted: false } {
  return {
    deleted: false,
    name: '',
    organisation: '',
    role: '',
    group: 'civil-society',
    email: '',
    phone: '',
    website: '',
    address: '',
    languages: [],
    power: 3,
    interest: 3,
    engagement: 'inform',
    stance: 'unknown',
    tags: [],
    notes: '',
    ...patch,
  };
}

/** What a list shows as the stakeholder's name: the person, else the organisation. */
export function displayName(s: Pick<Stakeholder, 'name' | 'organisation'>): string {
  return s.name.trim() || s.organisation.trim();
}

/** "a, b; c" → ["a", "b", "c"]: how a list is typed in one text box or one CSV cell. */
export function splitList(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(/[,;\n]/)
    .map((w) => w.trim())
    .filter((w) => w !== '' && !seen.has(w.toLocaleLowerCase('und')) && (seen.add(w.toLocaleLowerCase('und')), true));
}

/** A stakeholder as a member of a delegation: name, and organisation when both are known. */
export function stakeholderLabel(s: Pick<Stakeholder, 'name' | 'organisation'>): string {
  return s.name.trim() && s.organisation.trim() ? `${s.name} (${s.organisation})` : displayName(s);
}
