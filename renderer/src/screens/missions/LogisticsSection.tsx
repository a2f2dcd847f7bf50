import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/fields/TextField';
import { SelectField } from '../../components/fields/SelectField';
import { newId } from '../../../../shared/ids';
import type { LogisticsLine, Mission } from '../../../../shared/missions/mission';
import { LOGISTICS_KINDS } from '../../../../shared/missions/vocab';

type Props = { mission: Mission; update: (fields: Partial<Mission>) => Promise<void> };

/** Travel, accommodation, local transport and interpretation, each with its cost in its currency. */
export function LogisticsSection({ mission, update }: Props) {
  const { t, i18n } = useTranslation('missions');
  const lines = mission.logistics;
  const saveLine = (id: string, fields: Partial<LogisticsLine>) => update({ logistics: lines.map((l) => (l.id === id ? { ...l, ...fields } : l)) });
  // Totals per currency: adding euros to pesos would mean nothing.
  const totals = new Map<string, number>();
  for (const l of lines) if (l.amount !== null && l.currency) totals.set(l.currency, (totals.get(l.currency) ?? 0) + l.amount);
  return (
    <section aria-labelledby="mission-logistics" className="card">
      <h2 id="mission-logistics">{t('logistics.heading')}</h2>
      {lines.length === 0 ? <p className="hint">{t('logistics.empty')}</p> : null}
      {lines.map((line, i) => (
        <div key={line.id} className="row missions-logistics-line" role="group" aria-label={t('logistics.line', { n: i + 1 })}>
          <SelectField label={t('logistics.kind')} value={line.kind} options={LOGISTICS_KINDS.map((k) => ({ value: k, label: t(`logisticsKind.${k}`) }))} onSave={(kind) => saveLine(line.id, { kind })} />
          <TextField className="grow" label={t('logistics.description')} value={line.description} onSave={(description) => saveLine(line.id, { description })} />
          <TextField
            label={t('logistics.amount')}
            value={line.amount === null ? '' : String(line.amount)}
            onSave={(raw) => {
              const text = raw.trim().replace(',', '.');
              const amount = text === '' ? null : Number(text);
              return saveLine(line.id, { amount: amount !== null && Number.isNaN(amount) ? -1 : amount });
            }}
          />
          <TextField label={t('logistics.currency')} value={line.currency} placeholder="EUR" onSave={(currency) => saveLine(line.id, { currency: currency.trim().toUpperCase() })} />
          <button type="button" className="danger-link" onClick={() => void update({ logistics: lines.filter((l) => l.id !== line.id) }).catch(() => undefined)}>
            {t('logistics.remove')}
          </button>
        </div>
      ))}
      {totals.size > 0 ? (
        <p className="hint">
          {t('logistics.total')}{' '}
          {[...totals.entries()].map(([currency, sum]) => {
            try {
              return new Intl.NumberFormat(i18n.language, { style: 'currency', currency }).format(sum);
            } catch {
              return `${sum} ${currency}`;
            }
          }).join(' · ')}
        </p>
      ) : null}
      <button type="button" onClick={() => void update({ logistics: [...lines, { id: newId(), kind: 'travel', description: '', amount: null, currency: '' }] }).catch(() => undefined)}>
        {t('logistics.add')}
      </button>
    </section>
  );
}
