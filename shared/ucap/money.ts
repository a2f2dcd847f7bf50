import { numberFormat } from '../text/number-format';

// Money in integer minor units (BigInt), never binary floating point: amounts
// and rates are decimal strings, parsed to scaled integers and summed exactly.

const digitsCache = new Map<string, number>();

/** Decimals of a currency's minor unit (EUR 2, COP 2, CLP 0, BHD 3), as Intl knows them. */
export function currencyDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsCache.set(currency, digits);
  }
  return digits;
}

export function decimalPlaces(decimal: string): number {
  const dot = decimal.indexOf('.');
  return dot < 0 ? 0 : decimal.length - dot - 1;
}

/** "12.5" at 2 digits → 1250n. Null when not a plain decimal or with more decimals than `digits`. */
export function decimalToScaled(decimal: string, digits: number): bigint | null {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(decimal.trim());
  if (!match) return null;
  const fraction = match[2] ?? '';
  if (fraction.length > digits) return null;
  return BigInt(match[1]! + fraction.padEnd(digits, '0'));
}

/** 1250n at 2 digits → "12.50". */
export function scaledToDecimal(value: bigint, digits: number): string {
  const negative = value < 0n;
  const text = (negative ? -value : value).toString().padStart(digits + 1, '0');
  const whole = digits === 0 ? text : text.slice(0, -digits);
  const fraction = digits === 0 ? '' : `.${text.slice(-digits)}`;
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** An amount in a currency's minor units, or null when it is not a valid amount in that currency. */
export function toMinor(amount: string, currency: string): bigint | null {
  return decimalToScaled(amount, currencyDigits(currency));
}

export type MoneyLine = { amount: string; currency: string };

/** The total of each currency, in minor units, by currency code in alphabetical order. Lines without amount or currency are left out (the completeness check names them). */
export function totalsByCurrency(lines: readonly MoneyLine[]): Map<string, bigint> {
  const totals = new Map<string, bigint>();
  for (const line of lines) {
    if (!line.currency || !line.amount) continue;
    const minor = toMinor(line.amount, line.currency);
    if (minor === null) continue;
    totals.set(line.currency, (totals.get(line.currency) ?? 0n) + minor);
  }
  return new Map([...totals].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export type RateLine = { currency: string; rate: string; date: string | null };

export type ConvertedTotal = {
  /** The sum in the reporting currency's minor units, rounded half up once, at the end. */
  minor: bigint;
  /** Currencies with a total but no rate: left out of `minor`, and said so. */
  missingRates: string[];
  /** The rates used, one per currency (the latest dated one when several are given). */
  used: RateLine[];
};

/** Picks one rate per currency: the one with the latest date (undated ones lose to dated). */
export function latestRates(rates: readonly RateLine[]): Map<string, RateLine> {
  const best = new Map<string, RateLine>();
  for (const r of rates) {
    if (!r.currency || decimalToScaled(r.rate, decimalPlaces(r.rate)) === null) continue;
    const current = best.get(r.currency);
    if (!current || (r.date ?? '') > (current.date ?? '')) best.set(r.currency, r);
  }
  return best;
}

/**
 * Converts each currency's total into `reporting` with the rates given
 * (units of `reporting` per unit of the currency) and sums them exactly:
 * every term is brought to one common power-of-ten denominator, summed as
 * integers, and rounded once.
 */
export function convertTotals(totals: ReadonlyMap<string, bigint>, rates: readonly RateLine[], reporting: string): ConvertedTotal {
  const toDigits = currencyDigits(reporting);
  const byCurrency = latestRates(rates);
  const terms: { numerator: bigint; scale: number }[] = [];
  const missingRates: string[] = [];
  const used: RateLine[] = [];
  for (const [currency, minor] of totals) {
    if (currency === reporting) {
      terms.push({ numerator: minor, scale: 0 });
      continue;
    }
    const rate = byCurrency.get(currency);
    if (!rate) {
      missingRates.push(currency);
      continue;
    }
    used.push(rate);
    const rateDigits = decimalPlaces(rate.rate);
    const rateScaled = decimalToScaled(rate.rate, rateDigits)!;
    // minor / 10^from × rateScaled / 10^rateDigits × 10^to, as numerator / 10^scale.
    const fromDigits = currencyDigits(currency);
    terms.push({ numerator: minor * rateScaled * 10n ** BigInt(toDigits), scale: fromDigits + rateDigits });
  }
  const scale = terms.reduce((max, t) => Math.max(max, t.scale), 0);
  const sum = terms.reduce((acc, t) => acc + t.numerator * 10n ** BigInt(scale - t.scale), 0n);
  const divisor = 10n ** BigInt(scale);
  const minor = (sum * 2n + divisor) / (2n * divisor);
  return { minor, missingRates, used };
}

/** A total in minor units, written the way the language writes money ("1.250,50 €"). */
export function formatMoney(minor: bigint, currency: string, lang: string): string {
  const decimal = scaledToDecimal(minor, currencyDigits(currency));
  // Intl formats a decimal string exactly (no detour through a float).
  return numberFormat(lang, { style: 'currency', currency }).format(decimal as unknown as number);
}

/** A decimal string written the way the language writes numbers ("0,00022" in Spanish), every digit kept. */
export function formatDecimal(decimal: string, lang: string): string {
  return numberFormat(lang, { maximumFractionDigits: 20 }).format(decimal as unknown as number);
}
