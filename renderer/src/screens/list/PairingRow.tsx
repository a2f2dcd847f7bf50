import { useTranslation } from 'react-i18next';
import { pairingName, type Pairing } from '../../../../shared/model/pairing';
import { countryName } from '../../../../shared/model/countries';
import { formatDate } from '../../../../shared/model/dates';
import { routeHref } from '../../hooks/useRoute';

export function PairingRow({ pairing }: { pairing: Pairing }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const countries = (side: 'eu' | 'lac') => [...new Set(pairing[side].municipalities.map((m) => countryName(m.country, lang)))].join(', ');
  return (
    <li className="pairing-row">
      <a href={routeHref({ screen: 'pairing', id: pairing.id })}>
        <span className="pairing-name" dir="auto">{pairingName(pairing)}</span>
        <span className="pairing-countries">
          {countries('lac')} · {countries('eu')}
        </span>
      </a>
      <span className={`status status-${pairing.status}`}>{t(`vocab:status.${pairing.status}`)}</span>
      <span className="pairing-dates">
        {pairing.startDate || pairing.endDate
          ? `${pairing.startDate ? formatDate(pairing.startDate, lang, 'medium') : '…'} – ${pairing.endDate ? formatDate(pairing.endDate, lang, 'medium') : '…'}`
          : t('list.noDates')}
      </span>
      <ul className="chips" aria-label={t('dossier.themes')}>
        {pairing.themes.map((theme) => (
          <li key={theme} className="chip">
            {t(`vocab:theme.${theme}`)}
          </li>
        ))}
      </ul>
    </li>
  );
}
