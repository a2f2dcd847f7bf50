import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/fields/DateField';
import { SelectField } from '../../components/fields/SelectField';
import { pairingWarnings, type Pairing } from '../../../../shared/model/pairing';
import { monthsBetween } from '../../../../shared/model/dates';
import { MAX_PAIRING_MONTHS, PAIRING_STATUSES } from '../../../../shared/model/vocabularies';

type Props = { pairing: Pairing; update: (fields: Partial<Pairing>) => Promise<void> };

export function PeriodSection({ pairing, update }: Props) {
  const { t, i18n } = useTranslation();
  const warnings = pairingWarnings(pairing);
  const months = pairing.startDate && pairing.endDate && pairing.endDate >= pairing.startDate ? monthsBetween(pairing.startDate, pairing.endDate) : null;
  return (
    <section aria-labelledby="period-heading" className="card">
      <h2 id="period-heading">{t('dossier.period')}</h2>
      <div className="row">
        <DateField label={t('dossier.startDate')} value={pairing.startDate} onSave={(startDate) => update({ startDate })} />
        <DateField label={t('dossier.endDate')} value={pairing.endDate} onSave={(endDate) => update({ endDate })} />
        <SelectField
          label={t('dossier.status')}
          value={pairing.status}
          options={PAIRING_STATUSES.map((s) => ({ value: s, label: t(`vocab:status.${s}`) }))}
          onSave={(status) => update({ status })}
        />
      </div>
      {months !== null ? (
        <p className="hint">{t('dossier.duration', { months: new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(months) })}</p>
      ) : null}
      {warnings.includes('longerThan18Months') ? (
        <p className="warning" role="status">
          {t('dossier.longerThan', { max: MAX_PAIRING_MONTHS })}
        </p>
      ) : null}
    </section>
  );
}
