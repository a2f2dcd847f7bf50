// The closed lists a mission is described with. Labels live in locales/*/missions.json.

/** Who travels: the European team to its partner, the partner's counterpart visit, or no travel at all. */
export const MISSION_DIRECTIONS = ['eu-to-lac', 'lac-to-eu', 'virtual'] as const;
export type MissionDirection = (typeof MISSION_DIRECTIONS)[number];

export const MISSION_STATUSES = ['planned', 'confirmed', 'done', 'cancelled', 'replaced-virtual'] as const;
export type MissionStatus = (typeof MISSION_STATUSES)[number];

export const AGENDA_KINDS = ['meeting', 'site-visit', 'workshop', 'travel', 'meal', 'webinar', 'free-time'] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];

export const LOGISTICS_KINDS = ['travel', 'accommodation', 'local-transport', 'interpretation', 'other'] as const;
export type LogisticsKind = (typeof LOGISTICS_KINDS)[number];

export const FOLLOW_UP_STATUSES = ['open', 'in-progress', 'done', 'dropped'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];
