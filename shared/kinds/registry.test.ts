import type { z } from 'zod';
import { KINDS, declarationOf } from './registry';
import { IDENTITY_FIELDS } from './define';
import { LANGS } from '../i18n/langs';
import { SHORT_TEXT_MAX } from '../model/fields';
import { LIST_KEYS, snapshotContentSchema, type ListKey } from '../ucap/snapshot';

// Walks every declared kind and its schema: a field without a merge rule, a
// per-language text not merged per language, or a text a person writes at
// length that would be overwritten in silence, fails here.

type AnyZod = z.ZodType & { def: { type: string; innerType?: AnyZod; shape?: Record<string, AnyZod> }; maxLength?: number | null; shape?: Record<string, AnyZod> };

function unwrap(t: AnyZod): AnyZod {
  let current = t;
  while (['optional', 'nullable', 'default', 'prefault', 'readonly'].includes(current.def.type) && current.def.innerType) current = current.def.innerType;
  return current;
}

const shapeOf = (schema: z.ZodType) => (unwrap(schema as AnyZod).shape ?? {}) as Record<string, AnyZod>;

function isLocalizedText(t: AnyZod): boolean {
  const u = unwrap(t);
  if (u.def.type !== 'object' || !u.shape) return false;
  return Object.keys(u.shape).sort().join() === [...LANGS].sort().join();
}

/** A string field that holds more than a short line: what a multi-line box writes. */
function isLongString(t: AnyZod): boolean {
  const u = unwrap(t);
  return u.def.type === 'string' && (u.maxLength ?? 0) > SHORT_TEXT_MAX;
}

/** Long strings that are not prose: a link is pasted, not typed, and two links do not merge into one. */
const NOT_PROSE: Record<string, string[]> = { agendaItem: ['mapUrl'] };

describe.each(KINDS.map((k) => [k.kind, k] as const))('the declaration of %s', (_kind, declaration) => {
  const shape = shapeOf(declaration.schema);
  const fields = Object.keys(shape).filter((f) => !(IDENTITY_FIELDS as readonly string[]).includes(f));
  const rules = declaration.fields as Record<string, string>;

  it('gives every field of its schema a merge rule, and no rule to a field the schema lacks', () => {
    expect(Object.keys(shape)).toEqual(expect.arrayContaining([...IDENTITY_FIELDS, 'deleted']));
    expect(Object.keys(rules).sort()).toEqual(fields.sort());
  });

  it('merges every per-language text language by language', () => {
    for (const field of fields) {
      expect(rules[field] === 'localizedText', field).toBe(isLocalizedText(shape[field]!));
    }
  });

  it('keeps every long text as a conflict when a concurrent edit would overwrite it', () => {
    for (const field of fields.filter((f) => isLongString(shape[f]!) && !NOT_PROSE[declaration.kind]?.includes(f))) expect(rules[field], field).toBe('longText');
    for (const field of fields.filter((f) => rules[f] === 'longText')) expect(isLongString(shape[field]!), field).toBe(true);
  });

  it('names, in every language, each text a conflict can be kept for', async () => {
    const { RESOURCES } = await import('../../locales/resources');
    const labels = declaration.textLabels as Record<string, string>;
    for (const field of fields.filter((f) => rules[f] !== 'value')) {
      const key = labels[field];
      expect(key, field).toMatch(/^[a-z]+:[A-Za-z0-9.]+$/);
      const [ns, path] = key!.split(':') as [string, string];
      for (const lang of LANGS) {
        let node: unknown = (RESOURCES as Record<string, Record<string, unknown>>)[lang]![ns];
        for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
        expect(typeof node, `${lang} ${key}`).toBe('string');
      }
    }
  });

  it('names a parent, attachments and indexes that exist', () => {
    const parent = declaration.parent;
    if (declaration.kind === 'pairing') expect(parent).toBeUndefined();
    else {
      expect(parent, 'every record but the pairing belongs to something').toBeDefined();
      expect(fields.concat(IDENTITY_FIELDS)).toContain(parent!.field);
      if ('kind' in parent!) expect(declarationOf(parent.kind)).toBeDefined();
      else expect(fields).toContain(parent!.kindField);
    }
    for (const a of declaration.attachments) expect(fields).toContain(a.field);
    for (const index of declaration.indexes) {
      for (const part of index.replace(/^\[|\]$/g, '').split('+')) expect([...fields, ...IDENTITY_FIELDS, '_sortName']).toContain(part);
    }
    if (declaration.kind !== 'pairing') expect(declaration.indexes[0]).toBe('pairingId');
  });
});

describe('the registry', () => {
  it('declares each kind and each table once', () => {
    expect(new Set(KINDS.map((k) => k.kind)).size).toBe(KINDS.length);
    expect(new Set(KINDS.map((k) => k.table)).size).toBe(KINDS.length);
  });

  it('gives every list of a saved UCAP version one kind, whose schema is the one the version stores', () => {
    const declared = KINDS.filter((k) => k.ucapVersionList);
    expect(declared.map((k) => k.ucapVersionList).sort()).toEqual([...LIST_KEYS].sort());
    for (const k of declared) {
      const stored = snapshotContentSchema.shape[k.ucapVersionList as ListKey];
      expect(stored.element, `${k.kind} is kept in the version list "${k.ucapVersionList}"`).toBe(k.schema);
      // A version is restored into its pairing's UCAP: only records of a pairing can be in one.
      expect(k.parent).toEqual({ kind: 'pairing', field: 'pairingId' });
    }
  });
});

describe('the seeds', () => {
  it('make a valid record of every kind a person makes', async () => {
    const { seedRecords } = await import('./seeds');
    const { validateRecord } = await import('../model/validation');
    const seeds = seedRecords('p1');
    expect(seeds.map((s) => s.kind).sort()).toEqual(KINDS.map((k) => k.kind).filter((k) => k !== 'conflict').sort());
    for (const seed of seeds) {
      const checked = validateRecord(seed.kind, { id: seed.id, pairingId: 'p1', ...seed.fields });
      expect(checked.ok ? [] : checked.errors, seed.kind).toEqual([]);
    }
  });
});

describe('the language single-language texts are written in', () => {
  // The kinds whose one-language texts (a role, a note, a handover, a title)
  // reach the documents; a mission's agenda, report, persons met, follow-ups
  // and photos are written in their mission's language.
  const WRITTEN_IN = ['agreement', 'position', 'assignment', 'mission', 'stakeholder', 'ucapAction', 'ucapIndicator', 'ucapRisk'];

  it('is declared, as a plain value, by the kinds whose single-language texts reach a document, and only by them', () => {
    expect(KINDS.filter((k) => 'writtenIn' in k.fields).map((k) => k.kind).sort()).toEqual([...WRITTEN_IN].sort());
    for (const kind of WRITTEN_IN) expect((declarationOf(kind)!.fields as Record<string, string>).writtenIn, kind).toBe('value');
  });

  it('is one of the three languages, null, or absent (records made before it existed)', () => {
    for (const kind of WRITTEN_IN) {
      const field = shapeOf(declarationOf(kind)!.schema).writtenIn!;
      for (const ok of [...LANGS, null, undefined]) expect(field.safeParse(ok).success, `${kind} ${ok}`).toBe(true);
      for (const bad of ['fr', 'ES', '', 3]) expect(field.safeParse(bad).success, `${kind} ${bad}`).toBe(false);
    }
  });
});
