import { useTranslation } from 'react-i18next';
import { zoneCityName as cityIn, zoneOffset } from '../../../../shared/missions/zone-names';
import { isLang } from '../../../../shared/i18n/langs';

const zoneCityName = (zone: string, lang: string) => {
  const primary = lang.slice(0, 2);
  return cityIn(zone, isLang(primary) ? primary : 'en');
};

/**
 * Lists of choices already made, by language, zones and the instant their
 * offsets are given at: each names some 200 zones with their offsets, one
 * Intl formatter per zone (about 150 ms for the two lists of a mission on a
 * 2-core machine). The instant (a day, or this hour) is in the key because
 * offsets change with summer time.
 */
const optionLists = new Map<string, { value: string; label: string }[]>();

/** Time zones as a person reads them in the interface language: "hora de Bogotá", and with the offset in a list of choices. */
export function useZoneNames() {
  const { t, i18n } = useTranslation('missions');
  const lang = i18n.language;
  const named = (zone: string) => (zone === 'UTC' ? 'UTC' : t('zone.named', { city: zoneCityName(zone, lang) }));
  const option = (zone: string, at?: Date) => (zone === 'UTC' ? t('zone.utc') : t('zone.option', { city: zoneCityName(zone, lang), offset: zoneOffset(zone, lang, at) }));
  const collator = new Intl.Collator(lang);
  /** The zones as choices, each with the offset it has at `at` (a mission's first day), or now. */
  const options = (zones: readonly string[], at?: Date) => {
    const key = `${lang}|${at ? at.toISOString() : Math.floor(Date.now() / 3_600_000)}|${zones.join(',')}`;
    let list = optionLists.get(key);
    if (!list) {
      list = zones.map((z) => ({ value: z, label: option(z, at), city: zoneCityName(z, lang) })).sort((a, b) => collator.compare(a.city, b.city)).map(({ value, label }) => ({ value, label }));
      if (optionLists.size > 20) optionLists.clear();
      optionLists.set(key, list);
    }
    return list;
  };
  return { named, option, options, city: (zone: string) => zoneCityName(zone, lang) };
}
