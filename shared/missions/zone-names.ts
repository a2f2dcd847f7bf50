import type { Lang } from '../i18n/langs';

// An IANA zone named by its city, as a reader writes it, accents and all:
// "America/Bogota" is Bogotá, "America/Sao_Paulo" São Paulo, and a city that
// has a name of its own in a language gets it ("Europe/Brussels" is Bruselas
// in Spanish, Bruxelas in Portuguese). Intl names zones by country or offset
// ("hora de Colombia", "GMT-5"), not by city, hence this list: the zones
// Ponte offers by default and the others of Europe and Latin America whose
// names the id spells without their accents or in English. A zone not listed
// is named from its id, underscores as spaces ("Buenos Aires").

type Names = string | Partial<Record<Lang, string>> & { en: string };

const CITY: Record<string, Names> = {
  'America/Argentina/Buenos_Aires': 'Buenos Aires',
  'America/Asuncion': 'Asunción',
  'America/Bogota': 'Bogotá',
  'America/Cancun': 'Cancún',
  'America/Jamaica': 'Kingston',
  'America/Mazatlan': 'Mazatlán',
  'America/Merida': 'Mérida',
  'America/Belem': 'Belém',
  'America/Cuiaba': 'Cuiabá',
  'America/Havana': { en: 'Havana', es: 'La Habana', pt: 'Havana' },
  'America/Maceio': 'Maceió',
  'America/Mexico_City': { en: 'Mexico City', es: 'Ciudad de México', pt: 'Cidade do México' },
  'America/Panama': { en: 'Panama', es: 'Panamá', pt: 'Panamá' },
  'America/Port_of_Spain': { en: 'Port of Spain', es: 'Puerto España', pt: 'Porto de Espanha' },
  'America/Santo_Domingo': 'Santo Domingo',
  'America/Sao_Paulo': 'São Paulo',
  'America/Guatemala': { en: 'Guatemala City', es: 'Ciudad de Guatemala', pt: 'Cidade da Guatemala' },
  'America/El_Salvador': { en: 'San Salvador', es: 'San Salvador', pt: 'San Salvador' },
  'America/Costa_Rica': { en: 'San José', es: 'San José', pt: 'San José' },
  'Atlantic/Canary': { en: 'Canary Islands', es: 'Canarias', pt: 'Canárias' },
  'Atlantic/Madeira': 'Madeira',
  'Atlantic/Azores': { en: 'Azores', es: 'Azores', pt: 'Açores' },
  'Asia/Nicosia': { en: 'Nicosia', es: 'Nicosia', pt: 'Nicósia' },
  'Europe/Athens': { en: 'Athens', es: 'Atenas', pt: 'Atenas' },
  'Europe/Berlin': { en: 'Berlin', es: 'Berlín', pt: 'Berlim' },
  'Europe/Brussels': { en: 'Brussels', es: 'Bruselas', pt: 'Bruxelas' },
  'Europe/Bucharest': { en: 'Bucharest', es: 'Bucarest', pt: 'Bucareste' },
  'Europe/Budapest': { en: 'Budapest', es: 'Budapest', pt: 'Budapeste' },
  'Europe/Copenhagen': { en: 'Copenhagen', es: 'Copenhague', pt: 'Copenhague' },
  'Europe/Helsinki': { en: 'Helsinki', es: 'Helsinki', pt: 'Helsinque' },
  'Europe/Lisbon': { en: 'Lisbon', es: 'Lisboa', pt: 'Lisboa' },
  'Europe/London': { en: 'London', es: 'Londres', pt: 'Londres' },
  'Europe/Luxembourg': { en: 'Luxembourg', es: 'Luxemburgo', pt: 'Luxemburgo' },
  'Europe/Malta': { en: 'Valletta', es: 'La Valeta', pt: 'Valeta' },
  'Europe/Prague': { en: 'Prague', es: 'Praga', pt: 'Praga' },
  'Europe/Rome': { en: 'Rome', es: 'Roma', pt: 'Roma' },
  'Europe/Sofia': { en: 'Sofia', es: 'Sofía', pt: 'Sófia' },
  'Europe/Stockholm': { en: 'Stockholm', es: 'Estocolmo', pt: 'Estocolmo' },
  'Europe/Tallinn': { en: 'Tallinn', es: 'Tallin', pt: 'Talim' },
  'Europe/Vienna': { en: 'Vienna', es: 'Viena', pt: 'Viena' },
  'Europe/Vilnius': { en: 'Vilnius', es: 'Vilna', pt: 'Vilnius' },
  'Europe/Warsaw': { en: 'Warsaw', es: 'Varsovia', pt: 'Varsóvia' },
  'Europe/Zagreb': { en: 'Zagreb', es: 'Zagreb', pt: 'Zagrebe' },
  'Europe/Paris': { en: 'Paris', es: 'París', pt: 'Paris' },
  'Europe/Dublin': { en: 'Dublin', es: 'Dublín', pt: 'Dublin' },
  'Europe/Amsterdam': { en: 'Amsterdam', es: 'Ámsterdam', pt: 'Amsterdã' },
  'Europe/Madrid': 'Madrid',
};

/** The city an IANA zone is named for, in `lang`: "Bogotá", "Ciudad de México", "Buenos Aires"; "UTC" as it is. */
export function zoneCityName(zone: string, lang: Lang): string {
  const names = CITY[zone];
  if (typeof names === 'string') return names;
  if (names) return names[lang] ?? names.en;
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}

/** The zone's current offset as Intl writes it in `lang` ("GMT-5", "UTC+1"), or '' where Intl cannot say. */
export function zoneOffset(zone: string, lang: string, at = new Date()): string {
  try {
    const part = new Intl.DateTimeFormat(lang, { timeZone: zone, timeZoneName: 'shortOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName');
    return part?.value ?? '';
  } catch {
    return '';
  }
}
