import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS } from '../shared/i18n/langs';
import { labelsFor } from './labels';

function keysOf(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

function load(lang: string): Map<string, string> {
  const dir = join(__dirname, lang);
  const out = new Map<string, string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const json = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const ns = file.replace(/\.json$/, '');
    for (const key of keysOf(json)) out.set(`${ns}:${key}`, key.split('.').reduce((o: any, k) => o?.[k], json));
  }
  return out;
}

describe('locales', () => {
  const all = Object.fromEntries(LANGS.map((l) => [l, load(l)]));

  it.each(LANGS.flatMap((a) => LANGS.filter((b) => b !== a).map((b) => [a, b])))('every key of %s exists in %s', (a, b) => {
    const missing = [...all[a]!.keys()].filter((k) => !all[b]!.has(k));
    expect(missing).toEqual([]);
  });

  it.each(LANGS)('%s has no empty strings', (lang) => {
    const empty = [...all[lang]!.entries()].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it.each(LANGS)('%s uses the same interpolation variables as English', (lang) => {
    const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const differing = [...all.en!.entries()].filter(([k, v]) => JSON.stringify(vars(v)) !== JSON.stringify(vars(all[lang]!.get(k) ?? '')));
    expect(differing.map(([k]) => k)).toEqual([]);
  });

  it('keeps Portuguese letters out of Spanish and Spanish ones out of Portuguese', () => {
    const leaks = (lang: string, letters: RegExp) => [...all[lang]!.entries()].filter(([, v]) => letters.test(v)).map(([k, v]) => `${k}: ${v}`);
    expect(leaks('es', /[ãõêôç]/i)).toEqual([]);
    expect(leaks('pt', /[ñ¿¡]/i)).toEqual([]);
  });

  it('gives labels in the asked language whatever else is loaded', () => {
    expect(labelsFor('pt')('vocab:status.active')).toBe('Ativo');
    expect(labelsFor('es')('vocab:status.active')).toBe('Activo');
    expect(labelsFor('es')('errors:tooLong', { max: 300 })).toContain('300');
  });
});
