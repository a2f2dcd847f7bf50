import type { PairingBundle } from '../model/bundle';
import { ARGENTINIAN_PAIRINGS } from './argentina';
import { BRAZILIAN_PAIRINGS } from './brazil';
import { bundleFrom, sampleIds } from './build';
import { COLOMBIAN_PAIRINGS } from './colombia';
import { PERUVIAN_PAIRINGS } from './peru';

// A sample programme built on pairings the IUC-LAC reports name. It exists to
// show the app and its documents with realistic data: varied statuses, texts in
// one to three languages, handovers and vacant positions. Ids are fixed, so
// loading it again updates the same records.

/** The pairing the sample documents are made from: the one with the most in it. */
export const SAMPLE_SHOWCASE_ID = sampleIds.pairing('cartagena-malaga');

export function sampleProgramme(): PairingBundle[] {
  return [...COLOMBIAN_PAIRINGS, ...BRAZILIAN_PAIRINGS, ...ARGENTINIAN_PAIRINGS, ...PERUVIAN_PAIRINGS].map(bundleFrom);
}
