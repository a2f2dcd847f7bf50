import type { z } from 'zod';
import type { KindDeclaration, MergeRule } from './define';
import { pairingKind } from './pairing';
import { agreementKind } from './agreement';
import { positionKind } from './position';
import { assignmentKind } from './assignment';
import { missionKind } from './mission';
import { agendaItemKind } from './agenda-item';
import { followUpKind } from './follow-up';
import { personMetKind } from './person-met';
import { photoKind } from './photo';
import { stakeholderKind } from './stakeholder';
import { ucapPlanKind } from './ucap-plan';
import { ucapObjectiveKind } from './ucap-objective';
import { ucapActionKind } from './ucap-action';
import { ucapIndicatorKind } from './ucap-indicator';
import { ucapBudgetLineKind } from './ucap-budget-line';
import { ucapRateKind } from './ucap-rate';
import { ucapRiskKind } from './ucap-risk';
import { ucapCommItemKind } from './ucap-comm-item';
import { ucapSnapshotKind } from './ucap-snapshot';
import { conflictKind } from './conflict';

/** Every kind of synced record this version of Ponte knows, in the order screens and backups list them. */
export const KINDS = [
  pairingKind,
  agreementKind,
  positionKind,
  assignmentKind,
  missionKind,
  agendaItemKind,
  followUpKind,
  personMetKind,
  photoKind,
  stakeholderKind,
  ucapPlanKind,
  ucapObjectiveKind,
  ucapActionKind,
  ucapIndicatorKind,
  ucapBudgetLineKind,
  ucapRateKind,
  ucapRiskKind,
  ucapCommItemKind,
  ucapSnapshotKind,
  conflictKind,
] as const;

type Declared = (typeof KINDS)[number];
export type RecordKind = Declared['kind'];
type DeclarationOf<K extends RecordKind> = Extract<Declared, { kind: K }>;
export type SchemaOf<K extends RecordKind> = DeclarationOf<K>['schema'];

/**
 * The declarations in force. A map rather than the array alone so that a test
 * can stand for a newer version that knows one kind more (see
 * withExtraKinds): every lookup below goes through it.
 */
const declared = new Map<string, KindDeclaration>(KINDS.map((k) => [k.kind, k as unknown as KindDeclaration]));

export function declarationOf(kind: string): KindDeclaration | undefined {
  return declared.get(kind);
}

export function isKnownKind(kind: string): kind is RecordKind {
  return declared.has(kind);
}

export function declarations(): KindDeclaration[] {
  return [...declared.values()];
}

// The merge asks these for every field of every change (a server push of 200
// changes asks thousands of times): worked out once per kind and rule set,
// and forgotten whenever the declarations change.
const rulesCache = new Map<string, Map<string, readonly string[]>>();

/** The merge rule of one field of a kind (undefined for a field or kind it does not declare). */
export function ruleOf(kind: string, field: string): MergeRule | undefined {
  return (declared.get(kind)?.fields as Record<string, MergeRule> | undefined)?.[field];
}

/** The fields of a kind that merge with `rule`. */
export function fieldsWithRule(kind: string, ...rules: MergeRule[]): readonly string[] {
  // Asked for every change merged (server and device): by kind, then rules, no key string built per call.
  let byRules = rulesCache.get(kind);
  if (!byRules) rulesCache.set(kind, (byRules = new Map()));
  const rulesKey = rules.length === 1 ? rules[0]! : rules.join(',');
  let fields = byRules.get(rulesKey);
  if (!fields) {
    const d = declared.get(kind);
    fields = d ? Object.entries(d.fields as Record<string, MergeRule>).filter(([, r]) => rules.includes(r)).map(([f]) => f) : [];
    byRules.set(rulesKey, fields);
  }
  return fields;
}

/**
 * Runs `fn` as a version of Ponte that knows these kinds too, then forgets
 * them: how tests show that changes set aside for a later version are applied
 * after an upgrade. Never called by the app.
 */
export async function withExtraKinds<T>(extra: readonly KindDeclaration[], fn: () => Promise<T>): Promise<T> {
  const before = new Map(declared);
  for (const d of extra) declared.set(d.kind, { ...declared.get(d.kind), ...d } as KindDeclaration);
  rulesCache.clear();
  try {
    return await fn();
  } finally {
    declared.clear();
    for (const [k, v] of before) declared.set(k, v);
    rulesCache.clear();
  }
}

export type { KindDeclaration, MergeRule };
export type InferRecord<K extends RecordKind> = z.infer<SchemaOf<K>>;
