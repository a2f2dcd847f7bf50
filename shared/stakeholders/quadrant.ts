import type { Stakeholder } from './schema';

/** The four quadrants of the power/interest grid. */
export const QUADRANTS = ['manage-closely', 'keep-satisfied', 'keep-informed', 'monitor'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/**
 * On a 1–5 scale the middle (3) counts as high: an actor the team is unsure
 * about gets more attention, not less.
 */
export const HIGH_FROM = 3;

export function quadrantOf(s: Pick<Stakeholder, 'power' | 'interest'>): Quadrant {
  const power = s.power >= HIGH_FROM;
  const interest = s.interest >= HIGH_FROM;
  if (power && interest) return 'manage-closely';
  if (power) return 'keep-satisfied';
  if (interest) return 'keep-informed';
  return 'monitor';
}
