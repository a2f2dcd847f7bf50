import { z } from 'zod';
import { email, id, LONG_TEXT_MAX, optionalIsoDate, optionalText, recordBase, requiredText } from '../model/fields';
import { FOLLOW_UP_STATUSES } from './vocab';

/** Something to do after a mission: what, who, by when, and how it stands. */
export const followUpSchema = z.object({
  ...recordBase,
  missionId: id,
  what: requiredText(1000),
  owner: optionalText(),
  due: optionalIsoDate,
  status: z.enum(FOLLOW_UP_STATUSES),
});
export type FollowUp = z.infer<typeof followUpSchema>;

/** Someone the delegation met, to keep the contact after the mission. */
export const personMetSchema = z.object({
  ...recordBase,
  missionId: id,
  name: requiredText(),
  role: optionalText(),
  organisation: optionalText(),
  email,
  notes: optionalText(LONG_TEXT_MAX),
});
export type PersonMet = z.infer<typeof personMetSchema>;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, { error: 'invalidValue' });

/**
 * A photo of a mission. The record syncs like any other; the image bytes are
 * an attachment addressed by their SHA-256 and travel separately, by hash.
 */
export const photoSchema = z.object({
  ...recordBase,
  missionId: id,
  sha256,
  thumbSha256: sha256,
  mimeType: z.string().regex(/^image\/[a-z0-9.+-]+$/, { error: 'invalidValue' }),
  size: z.number().int().min(0),
  /** Pixel size after EXIF orientation is applied. */
  width: z.number().int().min(0),
  height: z.number().int().min(0),
  fileName: optionalText(),
  caption: optionalText(1000),
  agendaItemId: id.nullable(),
});
export type Photo = z.infer<typeof photoSchema>;
