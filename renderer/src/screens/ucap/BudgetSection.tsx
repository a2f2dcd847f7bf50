import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/fields/TextField';
import { DateField } from '../../components/fields/DateField';
import { SelectField } from '../../components/fields/SelectField';
import type { UcapAction, UcapBudgetLine, UcapRate } from '../../../../shared/ucap/items';
import type { UcapPlan } from '../../../../shared/ucap/plan';
import { FUNDING_SOURCES } from '../../../../shared/ucap/vocab';
import { newBudgetLineFields, newRateFields } from '../../../../shared/ucap/defaults';
import { budgetSummary } from '../../../../shared/ucap/budget';
import { formatDecimal, formatMoney } from '../../../../shared/ucap/money';
import { pickText } from '../../../../shared/text/localized';
import { formatDate, todayIso } from '../../../../shared/model/dates';
import { LocalizedArea } from './LocalizedArea';
import { Anchor } from './Anchor';
import { currencyOptions } from './currency-options';
import { useUcapEditor } from './UcapContext';
import { formatDecimalInput, parseDecimalInput } from '../../../../shared/text/decimal-input';

type Props = { plan: UcapPlan; lines: UcapBudgetLine[]; rates: UcapRate[]; actionList: UcapAction[] };

/** Budget lines per action, totals per currency, and a total in the reporting currency with the rates used. */
export function BudgetSection({ plan, lines, rates, actionList }: Props) {
  const { t, i18n } = useTranslation('ucap');
  const { actions, lang } = useUcapEditor();
  const ui = i18n.language;
  const summary = budgetSummary({ plan, budgetLines: lines, rates });
  const nextOrder = lines.reduce((max, l) => Math.max(max, l.order + 1), 0);
  const actionOptions = [{ value: '', label: t('budget.noAction') }, ...actionList.map((a, i) => ({ value: a.id, label: pickText(a.title, lang).text || `${t('actions.actionLabel')} ${i + 1}` }))];
  const foreign = summary.converted?.missingRates[0] ?? summary.totals.find((x) => x.currency !== plan.reportingCurrency)?.currency ?? 'USD';
  return (
    <section aria-labelledby="ucap-h-budget" className="card">
      <h2 id="ucap-h-budget">{t('sections.budget')}</h2>
      <Anchor section="budget" recordId={plan.id} field="reportingCurrency">
        <SelectField label={t('budget.reportingCurrency')} value={plan.reportingCurrency} options={currencyOptions(ui, plan.reportingCurrency, t('budget.chooseCurrency'))} onSave={(reportingCurrency) => actions.update('ucapPlan', plan.id, { reportingCurrency })} />
      </Anchor>
      <Anchor section="budget">
        {lines.length === 0 ? <p className="hint">{t('budget.none')}</p> : null}
        {lines.map((line, i) => (
          <article key={line.id} className="ucap-entry" aria-label={t('budget.lineLabel', { n: i + 1 })}>
            <LocalizedArea label={t('budget.description')} value={line.description} section="budget" recordId={line.id} field="description" rows={1} onSave={(description) => actions.update('ucapBudgetLine', line.id, { description })} />
            <div className="row">
              <SelectField label={t('budget.action')} value={line.actionId ?? ''} options={actionOptions} onSave={(v) => actions.update('ucapBudgetLine', line.id, { actionId: v || null })} />
              <Anchor section="budget" recordId={line.id} field="amount">
                <TextField label={t('budget.amount')} value={formatDecimalInput(line.amount, ui)} placeholder={formatDecimalInput('1250.50', ui)} hint={t('budget.amountHint')} onSave={(amount) => actions.update('ucapBudgetLine', line.id, { amount: parseDecimalInput(amount, ui) })} />
              </Anchor>
              <Anchor section="budget" recordId={line.id} field="currency">
                <SelectField label={t('budget.currency')} value={line.currency} options={currencyOptions(ui, line.currency, t('budget.chooseCurrency'))} onSave={(currency) => actions.update('ucapBudgetLine', line.id, { currency })} />
              </Anchor>
              <SelectField label={t('budget.source')} value={line.source} options={FUNDING_SOURCES.map((s) => ({ value: s, label: t(`fundingSource.${s}`) }))} onSave={(source) => actions.update('ucapBudgetLine', line.id, { source })} />
            </div>
            <button type="button" className="danger-link" onClick={() => void actions.remove('ucapBudgetLine', line.id, t('budget.removed', { n: i + 1 }))}>{t('remove')}</button>
          </article>
        ))}
        <div className="ucap-add">
          <button type="button" onClick={() => void actions.add('ucapBudgetLine', newBudgetLineFields(nextOrder, plan.reportingCurrency))}>{t('budget.add')}</button>
        </div>
      </Anchor>
      <h3>{t('budget.totals')}</h3>
      {summary.totals.length === 0 ? <p className="hint">{t('budget.noTotals')}</p> : (
        <ul className="ucap-totals" aria-label={t('budget.totals')}>
          {summary.totals.map((x) => <li key={x.currency}>{formatMoney(x.minor, x.currency, ui)}</li>)}
        </ul>
      )}
      {summary.converted ? (
        <p className="ucap-converted">
          <strong>{t('budget.convertedTotal', { currency: summary.converted.currency })}</strong> {formatMoney(summary.converted.minor, summary.converted.currency, ui)}
          {summary.converted.missingRates.length ? <span className="ucap-warning"> {t('budget.missingRates', { currencies: summary.converted.missingRates.join(', ') })}</span> : null}
        </p>
      ) : null}
      <Anchor section="budget" recordId={plan.id} field="rates">
        <h3>{t('budget.rates')}</h3>
        <p className="hint">{t('budget.ratesHint', { currency: plan.reportingCurrency || '—' })}</p>
        {rates.map((r) => (
          <div key={r.id} className="row ucap-rate" aria-label={t('budget.rateLabel', { currency: r.currency })}>
            <SelectField label={t('budget.currency')} value={r.currency} options={currencyOptions(ui, r.currency, t('budget.chooseCurrency'))} onSave={(currency) => actions.update('ucapRate', r.id, { currency })} />
            <TextField label={t('budget.rate', { from: r.currency || '—', to: plan.reportingCurrency || '—' })} value={formatDecimalInput(r.rate, ui)} onSave={(rate) => actions.update('ucapRate', r.id, { rate: parseDecimalInput(rate, ui) })} />
            <DateField label={t('budget.rateDate')} value={r.date} onSave={(date) => actions.update('ucapRate', r.id, { date })} />
            <button type="button" className="danger-link" onClick={() => void actions.remove('ucapRate', r.id, t('budget.rateRemoved', { currency: r.currency }))}>{t('remove')}</button>
          </div>
        ))}
        {summary.converted && summary.converted.used.length ? (
          <p className="hint">{t('budget.ratesUsed')} {summary.converted.used.map((r) => `1 ${r.currency} = ${formatDecimal(r.rate, ui)} ${plan.reportingCurrency}${r.date ? ` (${formatDate(r.date, ui, 'medium')})` : ''}`).join(' · ')}</p>
        ) : null}
        <button type="button" onClick={() => void actions.add('ucapRate', newRateFields(foreign, '1', todayIso()))}>{t('budget.addRate')}</button>
      </Anchor>
    </section>
  );
}
