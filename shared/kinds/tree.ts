import type { KindDeclaration } from './define';
import { declarationOf, declarations } from './registry';

// Records hang from one another: a pairing holds missions, a mission its
// agenda, report and photos, a position its holders, any record its
// conflicts. What is deleted, restored or removed for good goes with what
// hangs from it, and this tree, read from the declarations, says what that is.

export type ChildLink = { child: KindDeclaration; field: string; kindField?: string };

/** The kinds that hang directly from `kind`, and the field that points up. */
export function childLinks(kind: string): ChildLink[] {
  return declarations().flatMap((d): ChildLink[] => {
    const parent = d.parent;
    if (!parent || d.kind === kind) return [];
    if ('kind' in parent) return parent.kind === kind && parent.field !== 'pairingId' ? [{ child: d, field: parent.field }] : [];
    return [{ child: d, field: parent.field, kindField: parent.kindField }];
  });
}

/** The parent a record points to, as kind and id (undefined for a pairing). */
export function parentOf(kind: string, record: Record<string, unknown>): { kind: string; id: string } | undefined {
  const parent = declarationOf(kind)?.parent;
  if (!parent) return undefined;
  const id = record[parent.field];
  const parentKind = 'kind' in parent ? parent.kind : record[parent.kindField];
  return typeof id === 'string' && typeof parentKind === 'string' ? { kind: parentKind, id } : undefined;
}

/** Kinds the bin lists when deleted. */
export function binKinds(): KindDeclaration[] {
  return declarations().filter((d) => d.bin === 'listed');
}
