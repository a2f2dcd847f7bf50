// A time zone named by its city in the interface language ("hora de Bogotá",
// "horário de São Paulo"), never by its IANA id (America/Sao_Paulo). Intl names
// zones by country ("hora de Colombia") and has no city names, so the cities
// of the programme's default zones whose names differ from the id are listed
// here; any other zone's city is read from its id.

type Names = { en?: string; es?: string; pt?: string };

const CITY: Record<string, Names> = {
  'America/Argentina/Buenos_Aires': { en: 'Buenos Aires' },
  'America/Asuncion': { en: 'Asunción' },
  'America/Bogota': { en: 'Bogotá' },
  'America/Cancun': { en: 'Cancún' },
  'America/Costa_Rica': { en: 'San José', es: 'San José', pt: 'São José' },
  'America/Cuiaba': { en: 'Cuiabá' },
  'America/Havana': { en: 'Havana', es: 'La Habana', pt: 'Havana' },
  'America/Jamaica': { en: 'Kingston' },
  'America/Mazatlan': { en: 'Mazatlán' },
  'America/Merida': { en: 'Mérida' },
  'America/Mexico_City': { en: 'Mexico City', es: 'Ciudad de México', pt: 'Cidade do México' },
  'America/Panama': { en: 'Panama', es: 'Panamá', pt: 'Panamá' },
  'America/Port_of_Spain': { en: 'Port of Spain', es: 'Puerto España', pt: 'Porto de Espanha' },
  'America/Santo_Domingo': { en: 'Santo Domingo', pt: 'São Domingos' },
  'America/Sao_Paulo': { en: 'São Paulo' },
  'America/El_Salvador': { en: 'San Salvador' },
  'America/Guatemala': { en: 'Guatemala City', es: 'Ciudad de Guatemala', pt: 'Cidade da Guatemala' },
  'America/Belem': { en: 'Belém' },
  'America/Maceio': { en: 'Maceió' },
  'Asia/Nicosia': { en: 'Nicosia', es: 'Nicosia', pt: 'Nicósia' },
  'Atlantic/Azores': { en: 'Azores', es: 'Azores', pt: 'Açores' },
  'Atlantic/Canary': { en: 'Canary Islands', es: 'Canarias', pt: 'Canárias' },
  'Atlantic/Madeira': { en: 'Madeira' },
  'Europe/Athens': { en: 'Athens', es: 'Atenas', pt: 'Atenas' },
  'Europe/Brussels': { en: 'Brussels', es: 'Bruselas', pt: 'Bruxelas' },
  'Europe/Bucharest': { en: 'Bucharest', es: 'Bucarest', pt: 'Bucareste' },
  'Europe/Copenhagen': { en: 'Copenhagen', es: 'Copenhague', pt: 'Copenhague' },
  'Europe/Lisbon': { en: 'Lisbon', es: 'Lisboa', pt: 'Lisboa' },
  'Europe/London': { en: 'London', es: 'Londres', pt: 'Londres' },
  'Europe/Luxembourg': { en: 'Luxembourg', es: 'Luxemburgo', pt: 'Luxemburgo' },
  'Europe/Malta': { en: 'Valletta', es: 'La Valeta', pt: 'Valeta' },
  'Europe/Prague': { en: 'Prague', es: 'Praga', pt: 'Praga' },
  'Europe/Rome': { en: 'Rome', es: 'Roma', pt: 'Roma' },
  'Europe/Stockholm': { en: 'Stockholm', es: 'Estocolmo', pt: 'Estocolmo' },
  'Europe/Tallinn': { en: 'Tallinn', es: 'Tallin', pt: 'Talin' },
  'Europe/Vienna': { en: 'Vienna', es: 'Viena', pt: 'Viena' },
  'Europe/Vilnius': { en: 'Vilnius', es: 'Vilna', pt: 'Vilnius' },
  'Europe/Warsaw': { en: 'Warsaw', es: 'Varsovia', pt: 'Varsóvia' },
  'Europe/Zagreb': { en: 'Zagreb', es: 'Zagreb', pt: 'Zagrebe' },
  'Europe/Berlin': { en: 'Berlin', es: 'Berlín', pt: 'Berlim' },
  'Europe/Paris': { en: 'Paris', es: 'París', pt: 'Paris' },
  'Europe/Amsterdam': { en: 'Amsterdam', es: 'Ámsterdam', pt: 'Amsterdã' },
  'Europe/Helsinki': { en: 'Helsinki', es: 'Helsinki', pt: 'Helsinque' },
  'Europe/Sofia': { en: 'Sofia', es: 'Sofía', pt: 'Sófia' },
  'Europe/Dublin': { en: 'Dublin', es: 'Dublín', pt: 'Dublin' },
};

/** The zone's city in `lang`: from the list above, else the last part of its id ("Port_of_Spain" → "Port of Spain"). */
export function zoneCityName(zone: string, lang: string): string {
  const names = CITY[zone];
  const key = lang.slice(0, 2) as keyof Names;
  if (names) return names[key] ?? names.en ?? zone;
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}

/** The zone's current offset as Intl writes it in `lang` ("GMT-5", "UTC+1"). */
export function zoneOffset(zone: string, lang: string, at = new Date()): string {
  try {
    const part = new Intl.DateTimeFormat(lang, { timeZone: zone, timeZoneName: 'shortOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName');
    return part?.value ?? '';
  } catch {
    return '';
  }
}
