import { todayIso } from '../model/dates';
import type { Side } from '../model/vocabularies';
import { recordedAgreements } from './agreement';
import type { UcapContent } from './content';
import type { UcapPlan } from './plan';
import { diffSnapshots, snapshotContent, type UcapSnapshot } from './snapshot';

// What the Word cover says about the file besides the plan: which saved
// version it is, and the day each side agreed. Worked out from the saved
// versions, the same way the editor names who agreed and when.

export type UcapCoverFacts = {
  /** The newest saved version whose text is the text exported; absent when the text has changed since (a working copy). */
  version?: string;
  /** The day each side's recorded agreement was marked (YYYY-MM-DD on this device's calendar), where it is known. */
  agreedOn: Partial<Record<Side, string>>;
};

export function ucapCoverFacts(content: UcapContent & { plan: UcapPlan & { stamps?: Readonly<Record<string, string>> } }, snapshots: readonly UcapSnapshot[]): UcapCoverFacts {
  const now = snapshotContent(content);
  const newestFirst = [...snapshots].filter((s) => !s.deleted).sort((a, b) => b.takenAt - a.takenAt);
  // The language only names the differences; whether there are any does not depend on it.
  const same = newestFirst.find((s) => diffSnapshots(s.content as UcapContent, now, 'en').length === 0);
  const agreedOn: Partial<Record<Side, string>> = {};
  for (const a of recordedAgreements(content.plan, newestFirst)) if (a.at !== null) agreedOn[a.side] = todayIso(new Date(a.at));
  return { ...(same ? { version: same.name } : {}), agreedOn };
}
