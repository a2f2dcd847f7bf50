import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stored } from '../../../../shared/model/records';
import { displayName } from '../../../../shared/stakeholders/schema';
import type { DuplicatePair } from '../../../../shared/stakeholders/duplicates';
import { MergeDialog } from './MergeDialog';

type Row = Stored<'stakeholder'>;

/** The likely duplicates, each pair with the reason and a way to merge it. */
export function DuplicatesPanel({ pairs }: { pairs: readonly DuplicatePair<Row>[] }) {
  const { t } = useTranslation('stakeholders');
  const [merging, setMerging] = useState<DuplicatePair<Row> | undefined>();
  if (pairs.length === 0) return <p className="card">{t('duplicates.none')}</p>;
  return (
    <section className="card stakeholders-duplicates" aria-label={t('views.duplicates', { count: pairs.length })}>
      <p className="hint">{t('duplicates.intro')}</p>
      <ul>
        {pairs.map((pair) => (
          <li key={`${pair.a.id}|${pair.b.id}`}>
            <span className="stakeholders-reason">{t(`duplicates.reason.${pair.reason}`)}</span>
            <span dir="auto">{describe(pair.a)}</span>
            <span aria-hidden="true">↔</span>
            <span dir="auto">{describe(pair.b)}</span>
            <button type="button" onClick={() => setMerging(pair)}>
              {t('duplicates.merge')}
            </button>
          </li>
        ))}
      </ul>
      {merging ? <MergeDialog pair={merging} onClose={() => setMerging(undefined)} /> : null}
    </section>
  );
}

function describe(s: Row): string {
  return [displayName(s), s.name ? s.organisation : '', s.email].filter(Boolean).join(' · ');
}
