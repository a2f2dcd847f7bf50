// IANA time zones: which ones exist here, and a sensible default per country.
// A country with several zones (Brazil, Mexico) gets its most populous one;
// the user can always choose another.

const COUNTRY_ZONE: Record<string, string> = {
  AR: 'America/Argentina/Buenos_Aires', BO: 'America/La_Paz', BR: 'America/Sao_Paulo', CL: 'America/Santiago',
  CO: 'America/Bogota', CR: 'America/Costa_Rica', CU: 'America/Havana', DO: 'America/Santo_Domingo',
  EC: 'America/Guayaquil', GT: 'America/Guatemala', HN: 'America/Tegucigalpa', JM: 'America/Jamaica',
  MX: 'America/Mexico_City', NI: 'America/Managua', PA: 'America/Panama', PE: 'America/Lima', PY: 'America/Asuncion',
  SV: 'America/El_Salvador', UY: 'America/Montevideo', VE: 'America/Caracas', TT: 'America/Port_of_Spain',
  AT: 'Europe/Vienna', BE: 'Europe/Brussels', BG: 'Europe/Sofia', CY: 'Asia/Nicosia', CZ: 'Europe/Prague',
  DE: 'Europe/Berlin', DK: 'Europe/Copenhagen', EE: 'Europe/Tallinn', ES: 'Europe/Madrid', FI: 'Europe/Helsinki',
  FR: 'Europe/Paris', GR: 'Europe/Athens', HR: 'Europe/Zagreb', HU: 'Europe/Budapest', IE: 'Europe/Dublin',
  IT: 'Europe/Rome', LT: 'Europe/Vilnius', LU: 'Europe/Luxembourg', LV: 'Europe/Riga', MT: 'Europe/Malta',
  NL: 'Europe/Amsterdam', PL: 'Europe/Warsaw', PT: 'Europe/Lisbon', RO: 'Europe/Bucharest', SE: 'Europe/Stockholm',
  SI: 'Europe/Ljubljana', SK: 'Europe/Bratislava',
};

/** The zone a municipality of this country most likely keeps, else UTC. */
export function defaultZone(country: string): string {
  return COUNTRY_ZONE[country.toUpperCase()] ?? 'UTC';
}

const knownZones = new Map<string, boolean>();

/** True for a zone name the platform's time-zone database knows. */
export function isKnownZone(zone: string): boolean {
  if (!zone) return false;
  // Every mission and agenda item is checked with it (schemas, imports, restores): a formatter per
  // call was a second of a programme's restore. The engine's zones do not change while it runs.
  const known = knownZones.get(zone);
  if (known !== undefined) return known;
  let ok: boolean;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    ok = true;
  } catch {
    ok = false;
  }
  // Bounded: only names that were asked about, and a hostile file cannot make it grow without end.
  if (knownZones.size > 2000) knownZones.clear();
  knownZones.set(zone, ok);
  return ok;
}

/** The zones to offer: those of Europe and the Americas, plus UTC, sorted. */
export function zoneChoices(): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : Object.values(COUNTRY_ZONE);
  const wanted = all.filter((z) => /^(Europe|America|Atlantic)\//.test(z));
  return [...new Set([...wanted, ...Object.values(COUNTRY_ZONE), 'UTC'])].sort();
}
