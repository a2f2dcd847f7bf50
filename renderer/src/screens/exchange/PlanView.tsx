import { useTranslation } from 'react-i18next';
import type { PlannedImport } from '../../backup';
import { pairingName } from '../../../../shared/model/pairing';
import type { Pairing } from '../../../../shared/model/pairing';

/** What opening a file would change here, before anything is written. */
export function PlanView({ planned }: { planned: PlannedImport }) {
  const { t, i18n } = useTranslation('exchange');
  const { plan, summary, contents } = planned;
  const names = plan.newPairings.map((id) => {
    const p = contents.records.pairing?.find((r) => r.id === id);
    return p ? pairingName(p as unknown as Pairing) : id;
  });
  const made = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(summary.createdAt));
  const lines: [string, number, string][] = [
    ['created', plan.created.length, t('plan.created', { count: plan.created.length })],
    ['newerInFile', plan.newerInFile.length, t('plan.newerInFile', { count: plan.newerInFile.length })],
    ['newerHere', plan.newerHere.length, t('plan.newerHere', { count: plan.newerHere.length })],
    ['conflicts', plan.conflicts.length, t('plan.conflicts', { count: plan.conflicts.length })],
    ['refused', plan.refused.length, t('plan.refused', { count: plan.refused.length })],
  ];
  return (
    <div className="exchange-plan" data-testid="exchange-plan">
      <h3>{t('plan.title')}</h3>
      <p>
        {summary.scope === 'device' ? t('plan.scopeDevice') : t('plan.scopePairings')} {t('plan.made', { time: made, version: summary.appVersion })}{' '}
        {t('plan.attachments', { count: summary.attachments })}
      </p>
      {plan.writes.length === 0 && plan.newerHere.length === 0 && plan.refused.length === 0 ? <p>{t('plan.nothing')}</p> : null}
      <ul>
        {plan.newPairings.length > 0 ? (
          <li data-plan="newPairings">{t('plan.newPairings', { count: plan.newPairings.length, names: new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(names) })}</li>
        ) : null}
        {lines
          .filter(([, count]) => count > 0)
          .map(([key, , text]) => (
            <li key={key} data-plan={key}>
              {text}
            </li>
          ))}
      </ul>
    </div>
  );
}
