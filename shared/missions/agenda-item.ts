import { z } from 'zod';
import { id, isoDate, LONG_TEXT_MAX, optionalText, recordBase, requiredText } from '../model/fields';
import { isExternalWebUrl } from '../platform/external-url';
import { AGENDA_KINDS } from './vocab';
import { zoneName } from './mission';
import { isTime } from './time';

const time = z.string().refine(isTime, { error: 'missions:errors.time' });

/**
 * One entry of a mission's agenda. Start and end are the host city's wall
 * clock on `date`, in `zone`; the instants are computed from them (see time.ts).
 */
export const agendaItemSchema = z
  .object({
    ...recordBase,
    missionId: id,
    date: isoDate,
    /** Position within its day, smallest first; reordering rewrites the day's values. */
    order: z.number().int().min(0),
    kind: z.enum(AGENDA_KINDS),
    title: requiredText(),
    start: time,
    end: time,
    zone: zoneName,
    venue: optionalText(),
    address: optionalText(),
    mapUrl: z.string().max(2000, { error: 'tooLong' }).refine((u) => u === '' || isExternalWebUrl(u), { error: 'missions:errors.url' }),
    hosts: optionalText(),
    /** Position ids of the delegation who take part; empty means everyone. */
    participants: z.array(id).max(100),
    notes: optionalText(LONG_TEXT_MAX),
    /** What the technician typed during the item: the mission report's notes. */
    fieldNotes: optionalText(LONG_TEXT_MAX),
  })
  .refine((a) => !isTime(a.start) || !isTime(a.end) || a.end > a.start, { error: 'missions:errors.endNotAfterStart', path: ['end'] });
export type AgendaItem = z.infer<typeof agendaItemSchema>;
