import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNTRIES_BY_SIDE, countryName } from '../../../shared/model/countries';
import type { Side } from '../../../shared/model/vocabularies';

type Props = { side: Side; value: string; onChange: (code: string) => void; label: string };

/** Countries of one side, named and sorted in the interface language. */
export function CountrySelect({ side, value, onChange, label }: Props) {
  const id = useId();
  const { t, i18n } = useTranslation();
  const options = useMemo(() => {
    const collator = new Intl.Collator(i18n.language);
    return COUNTRIES_BY_SIDE[side].map((code) => ({ code, name: countryName(code, i18n.language) })).sort((a, b) => collator.compare(a.name, b.name));
  }, [side, i18n.language]);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} required>
        <option value="">{t('common.choose')}</option>
        {options.map((o) => (
          <option key={o.code} value={o.code}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  );
}
