import { z } from 'zod';
import { optionalIsoDate, optionalText, recordBase, requiredText, writtenIn } from './fields';

/** A cooperation agreement signed between the cities (often by their mayors). */
export const agreementSchema = z.object({
  ...recordBase,
  title: requiredText(),
  signedOn: optionalIsoDate,
  signatories: optionalText(2000),
  copyLocation: optionalText(1000),
  writtenIn,
});
export type Agreement = z.infer<typeof agreementSchema>;
