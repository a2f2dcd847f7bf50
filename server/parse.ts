import type { z } from 'zod';
import { HttpError } from './http-error';

/** Does any string (or object key) in this value hold U+0000? PostgreSQL text cannot store it. */
export function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(containsNul);
  if (value && typeof value === 'object') return Object.entries(value).some(([k, v]) => k.includes('\u0000') || containsNul(v));
  return false;
}

/**
 * Parses a request part with its schema from shared/, or answers 400 with the
 * paths that are wrong. `allowNulIn` names top-level keys whose content is
 * stored as JSON (where NUL is kept exactly); anywhere else NUL is refused.
 */
export function parseOr400<S extends z.ZodType>(schema: S, value: unknown, allowNulIn: readonly string[] = []): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const where = result.error.issues.map((i) => i.path.join('.') || '(body)').slice(0, 10);
    throw new HttpError(400, 'invalidBody', `invalid request: ${[...new Set(where)].join(', ')}`);
  }
  if (nulOutside(result.data, allowNulIn)) throw new HttpError(400, 'nulCharacter', 'text may not contain the NUL character (U+0000) here');
  return result.data;
}

function nulOutside(value: unknown, allowNulIn: readonly string[]): boolean {
  if (Array.isArray(value)) return value.some((v) => nulOutside(v, allowNulIn));
  if (value && typeof value === 'object') {
    return Object.entries(value).some(([k, v]) => !allowNulIn.includes(k) && (k.includes('\u0000') || nulOutside(v, allowNulIn)));
  }
  return containsNul(value);
}
