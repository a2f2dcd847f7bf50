// The programme's controlled vocabularies. Only ids live here; their labels in
// es/pt/en live in locales/*/vocab.json under the same ids.

/** The seven IURC thematic networks. */
export const THEMES = [
  'mobility',
  'smart-cities',
  'urban-regeneration',
  'circular-economy',
  'sustainable-land-use',
  'climate-energy',
  'innovation-growth',
] as const;
export type Theme = (typeof THEMES)[number];

export const PAIRING_STATUSES = ['in-preparation', 'active', 'closed', 'suspended'] as const;
export type PairingStatus = (typeof PAIRING_STATUSES)[number];

/** The two sides of a pairing: European, and Latin-American or Caribbean. */
export const SIDES = ['eu', 'lac'] as const;
export type Side = (typeof SIDES)[number];

const SDGS = Array.from({ length: 17 }, (_, i) => `sdg-${i + 1}` as const);
type Sdg = `sdg-${number}`;

/** Frameworks a pairing can link to: the 17 SDGs and the urban agendas and networks. */
export const FRAMEWORKS = [
  ...SDGS,
  'new-urban-agenda',
  'eu-urban-agenda',
  'paris-agreement',
  'gcom',
  'urbact',
] as readonly (Sdg | 'new-urban-agenda' | 'eu-urban-agenda' | 'paris-agreement' | 'gcom' | 'urbact')[];
export type Framework = (typeof FRAMEWORKS)[number];

/** The cooperation lasts up to this many months; longer is warned about, not blocked. */
export const MAX_PAIRING_MONTHS = 18;
