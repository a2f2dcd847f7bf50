import { z } from 'zod';
import { FRAMEWORKS, MAX_PAIRING_MONTHS, PAIRING_STATUSES, THEMES } from './vocabularies';
import { isKnownCountry } from './countries';
import { monthsBetween } from './dates';
import { id, localizedText, optionalIsoDate, recordBase, requiredText } from './fields';

export const municipalitySchema = z.object({
  id,
  name: requiredText(),
  country: z.string().refine(isKnownCountry, { error: 'unknownCountry' }),
});
export type Municipality = z.infer<typeof municipalitySchema>;

/** One side of a pairing: one or more municipalities or regions, one of them leading. */
export const pairingSideSchema = z
  .object({
    municipalities: z.array(municipalitySchema).min(1, { error: 'atLeastOneMunicipality' }).max(20),
    leadId: id,
  })
  .refine((s) => s.municipalities.some((m) => m.id === s.leadId), { error: 'leadNotInSide', path: ['leadId'] });
export type PairingSide = z.infer<typeof pairingSideSchema>;

export const pairingSchema = z
  .object({
    ...recordBase,
    eu: pairingSideSchema,
    lac: pairingSideSchema,
    themes: z.array(z.enum(THEMES)).max(THEMES.length),
    frameworks: z.array(z.enum(FRAMEWORKS as unknown as [string, ...string[]])).max(FRAMEWORKS.length),
    startDate: optionalIsoDate,
    endDate: optionalIsoDate,
    status: z.enum(PAIRING_STATUSES),
    summary: localizedText(),
  })
  .refine((p) => !p.startDate || !p.endDate || p.endDate >= p.startDate, { error: 'endBeforeStart', path: ['endDate'] });
export type Pairing = z.infer<typeof pairingSchema>;

export type PairingWarning = 'longerThan18Months';

/** What is allowed but worth telling: a cooperation longer than the programme's 18 months. */
export function pairingWarnings(p: Pick<Pairing, 'startDate' | 'endDate'>): PairingWarning[] {
  if (p.startDate && p.endDate && p.endDate >= p.startDate && monthsBetween(p.startDate, p.endDate) > MAX_PAIRING_MONTHS) {
    return ['longerThan18Months'];
  }
  return [];
}

/** The side's lead municipality (the schema requires it to be one of the side's). */
export function leadMunicipality(side: PairingSide): Municipality | undefined {
  return side.municipalities.find((m) => m.id === side.leadId);
}

function sideName(side: PairingSide): string {
  const lead = leadMunicipality(side);
  const rest = side.municipalities.filter((m) => m !== lead);
  return [lead, ...rest]
    .filter((m): m is Municipality => Boolean(m))
    .map((m) => m.name.trim())
    .filter(Boolean)
    .join(' + ');
}

/** "Cartagena de Indias – Málaga": the partner side first, as the programme names pairings. */
export function pairingName(p: Pick<Pairing, 'eu' | 'lac'>): string {
  return [sideName(p.lac), sideName(p.eu)].filter(Boolean).join(' – ');
}
