import type { z } from 'zod';
import { declarationOf } from '../kinds/registry';
import type { RecordKind, RecordOf } from './records';

/** A problem with one field: where, which message (a key of errors.json, or a namespaced key), and its parameters. */
export type FieldError = { path: string; key: string; params?: Record<string, number | string> };

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

const KNOWN_KEYS = new Set([
  'required', 'tooLong', 'invalidDate', 'invalidEmail', 'endBeforeStart', 'unknownCountry',
  'atLeastOneMunicipality', 'leadNotInSide',
]);

export function toFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'too_big' && issue.origin === 'string') {
      return { path, key: 'tooLong', params: { max: Number(issue.maximum) } };
    }
    // An empty date or choice arrives as null where a value is needed.
    if (issue.code === 'invalid_type') return { path, key: 'required' };
    // Zod's own messages (wrong type, unknown enum value) are not for users: they
    // mean the program sent a bad value, so they all read as "invalid value".
    // A feature may name a message of its own namespace, e.g. "stakeholders:errors.scale".
    const namespaced = /^[a-z]+:[A-Za-z0-9.]+$/.test(issue.message);
    return { path, key: KNOWN_KEYS.has(issue.message) || namespaced ? issue.message : 'invalidValue' };
  });
}

export function validate<S extends z.ZodType>(schema: S, value: unknown): Validated<z.infer<S>> {
  const result = schema.safeParse(value);
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: toFieldErrors(result.error) };
}

export function validateRecord<K extends RecordKind>(kind: K, value: unknown): Validated<RecordOf<K>>;
export function validateRecord(kind: string, value: unknown): Validated<unknown>;
export function validateRecord(kind: string, value: unknown): Validated<unknown> {
  const declaration = declarationOf(kind);
  if (!declaration) return { ok: false, errors: [{ path: '', key: 'invalidValue' }] };
  return validate(declaration.schema, value);
}

export class ValidationError extends Error {
  constructor(readonly errors: FieldError[]) {
    super(`invalid record: ${errors.map((e) => `${e.path || '(record)'}: ${e.key}`).join(', ')}`);
    this.name = 'ValidationError';
  }
}
