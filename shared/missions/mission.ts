import { z } from 'zod';
import { id, localizedText, LONG_TEXT_MAX, optionalIsoDate, optionalText, recordBase, requiredText, writtenIn } from '../model/fields';
import { LOGISTICS_KINDS, MISSION_DIRECTIONS, MISSION_STATUSES } from './vocab';
import { isKnownZone } from './zones';

export const zoneName = z.string().refine(isKnownZone, { error: 'missions:errors.unknownZone' });

/** A cost of travel, accommodation, local transport or interpretation, in its own currency. */
export const logisticsLineSchema = z.object({
  id,
  kind: z.enum(LOGISTICS_KINDS),
  description: optionalText(),
  /** Null when not known yet; never negative. */
  amount: z.number().finite().min(0, { error: 'missions:errors.negativeAmount' }).nullable(),
  /** ISO 4217 code, e.g. EUR, COP, BRL; empty while unknown. */
  currency: z.string().regex(/^([A-Z]{3})?$/, { error: 'missions:errors.currency' }),
});
export type LogisticsLine = z.infer<typeof logisticsLineSchema>;

/** One technical mission of a pairing, with its report's free texts. */
export const missionSchema = z
  .object({
    ...recordBase,
    title: requiredText(),
    direction: z.enum(MISSION_DIRECTIONS),
    /** The municipality (of either side) that hosts the mission. */
    hostMunicipalityId: id,
    /** Where agenda times are written (the host city) and where the visitors' watches are. */
    hostZone: zoneName,
    visitorZone: zoneName,
    startDate: optionalIsoDate,
    endDate: optionalIsoDate,
    status: z.enum(MISSION_STATUSES),
    objectives: localizedText(),
    /** Position ids of the pairing's team who travel (or join, for a virtual mission). */
    delegation: z.array(id).max(100),
    logistics: z.array(logisticsLineSchema).max(100),
    findings: optionalText(LONG_TEXT_MAX),
    lessons: optionalText(LONG_TEXT_MAX),
    goodPractices: optionalText(LONG_TEXT_MAX),
    /** Also the language of its agenda, report notes, persons met, follow-ups and photo captions (see shared/docs/mission-common.ts). */
    writtenIn,
  })
  .refine((m) => !m.startDate || !m.endDate || m.endDate >= m.startDate, { error: 'endBeforeStart', path: ['endDate'] });
export type Mission = z.infer<typeof missionSchema>;

