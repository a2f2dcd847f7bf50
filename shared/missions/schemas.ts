import { agendaItemSchema } from './agenda-item';
import { missionSchema } from './mission';
import { followUpSchema, personMetSchema, photoSchema } from './report';

/** The record kinds of technical missions, joined into RECORD_SCHEMAS as one line. */
export const MISSION_SCHEMAS = {
  mission: missionSchema,
  agendaItem: agendaItemSchema,
  followUp: followUpSchema,
  personMet: personMetSchema,
  photo: photoSchema,
} as const;
