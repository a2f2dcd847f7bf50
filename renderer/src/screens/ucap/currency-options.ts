import { COMMON_CURRENCIES } from '../../../../shared/ucap/vocab';

/** The currencies to choose from, named in the interface language, keeping an unusual one already chosen. */
export function currencyOptions(lang: string, current: string, emptyLabel: string): { value: string; label: string }[] {
  const names = new Intl.DisplayNames([lang], { type: 'currency' });
  const codes = current && !(COMMON_CURRENCIES as readonly string[]).includes(current) ? [...COMMON_CURRENCIES, current] : [...COMMON_CURRENCIES];
  return [{ value: '', label: emptyLabel }, ...codes.map((c) => ({ value: c, label: `${c} · ${names.of(c) ?? c}` }))];
}
