import { z } from 'zod';
import { LANGS } from '../i18n/langs';
import { isIsoDate } from './dates';

// Building blocks of the record schemas. Every message is a key of
// locales/*/errors.json, so the interface can say it in the user's language.

export const SHORT_TEXT_MAX = 300;
export const LONG_TEXT_MAX = 50_000;

export const requiredText = (max = SHORT_TEXT_MAX) =>
  z.string().trim().min(1, { error: 'required' }).max(max, { error: 'tooLong' });

export const optionalText = (max = SHORT_TEXT_MAX) => z.string().max(max, { error: 'tooLong' });

export const isoDate = z.string().refine(isIsoDate, { error: 'invalidDate' });
export const optionalIsoDate = isoDate.nullable();

// Made once: a z.email() built inside the check was a new schema for every address checked (an import of 20 000 stakeholders).
const emailFormat = z.email();

export const email = z
  .string()
  .trim()
  .max(SHORT_TEXT_MAX, { error: 'tooLong' })
  .refine((v) => v === '' || emailFormat.safeParse(v).success, { error: 'invalidEmail' });

export const localizedText = (max = LONG_TEXT_MAX) =>
  z.object(Object.fromEntries(LANGS.map((l) => [l, z.string().max(max, { error: 'tooLong' }).optional()])) as {
    es: z.ZodOptional<z.ZodString>;
    pt: z.ZodOptional<z.ZodString>;
    en: z.ZodOptional<z.ZodString>;
  });

export const id = z.string().min(1).max(64);

/**
 * The language a record's single-language texts (a role, a note, a title kept
 * in one language) are written in, so a document in another language can say
 * so. Set to the interface language when a device makes the record, and
 * changed by hand; absent on records made before it existed (and null when
 * someone clears it): those are not marked.
 */
export const writtenIn = z.enum(LANGS).nullable().optional();

/** Fields every synced record carries, whatever its kind. */
export const recordBase = {
  id,
  pairingId: id,
  /** A tombstone: deleted records stay, so a delete can sync and be undone. */
  deleted: z.boolean(),
};
