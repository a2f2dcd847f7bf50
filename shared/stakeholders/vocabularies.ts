// The stakeholder register's controlled vocabularies. Only ids live here; their
// labels in es/pt/en live in locales/*/stakeholders.json under the same ids.

/** Who an actor is, after the groups a metropolitan international strategy relates to. */
export const STAKEHOLDER_GROUPS = [
  'private-sector',
  'academia',
  'civil-society',
  'diplomatic',
  'international-cooperation',
  'media',
  'other-government',
  'city-departments',
] as const;
export type StakeholderGroup = (typeof STAKEHOLDER_GROUPS)[number];

/** The engagement ladder, from the least to the most involvement. */
export const ENGAGEMENT_LEVELS = ['inform', 'consult', 'involve', 'collaborate', 'empower'] as const;
export type EngagementLevel = (typeof ENGAGEMENT_LEVELS)[number];

export const STANCES = ['supportive', 'neutral', 'opposed', 'unknown'] as const;
export type Stance = (typeof STANCES)[number];

export const SCALE_MIN = 1;
export const SCALE_MAX = 5;
export const SCALE = [1, 2, 3, 4, 5] as const;
