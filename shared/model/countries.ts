// Countries a side of a pairing can be in, by ISO 3166-1 alpha-2 code. Names are
// never stored: the interface shows them with Intl.DisplayNames in its language.

export const EUROPEAN_COUNTRIES = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT',
  'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'GB', 'NO', 'IS', 'CH', 'LI', 'AL', 'BA',
  'ME', 'MK', 'RS', 'MD', 'UA', 'GE', 'AD', 'MC', 'SM',
] as const;

export const LATIN_AMERICAN_CARIBBEAN_COUNTRIES = [
  'AR', 'BO', 'BR', 'CL', 'CO', 'CR', 'CU', 'DO', 'EC', 'SV', 'GT', 'HN', 'MX', 'NI', 'PA', 'PY', 'PE',
  'UY', 'VE', 'AG', 'BS', 'BB', 'BZ', 'DM', 'GD', 'GY', 'HT', 'JM', 'KN', 'LC', 'VC', 'SR', 'TT',
] as const;

export const COUNTRIES_BY_SIDE = {
  eu: EUROPEAN_COUNTRIES as readonly string[],
  lac: LATIN_AMERICAN_CARIBBEAN_COUNTRIES as readonly string[],
} as const;

const ALL = new Set<string>([...EUROPEAN_COUNTRIES, ...LATIN_AMERICAN_CARIBBEAN_COUNTRIES]);

export function isKnownCountry(code: string): boolean {
  return ALL.has(code);
}

/** The country's name in `lang`, falling back to the code where Intl has no name. */
export function countryName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
