import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../components/Modal';
import { languageList } from '../../components/display-names';
import { useDb } from '../../db/db-context';
import { mergeStakeholders, unmergeStakeholders } from '../../db/stakeholders-repo';
import { useSave } from '../../hooks/useSave';
import { useUiStore } from '../../state/ui-store';
import type { Stored } from '../../../../shared/model/records';
import { defaultChoices, mergeDifferences, type DuplicatePair, type MergeChoice } from '../../../../shared/stakeholders/duplicates';
import { displayName, type Stakeholder, type StakeholderField } from '../../../../shared/stakeholders/schema';

type Row = Stored<'stakeholder'>;

/** Merges two records field by field: which record stays, and for each differing field, whose value. */
export function MergeDialog({ pair, onClose }: { pair: DuplicatePair<Row>; onClose: () => void }) {
  const { t, i18n } = useTranslation('stakeholders');
  const db = useDb();
  const save = useSave();
  const showToast = useUiStore((s) => s.showToast);
  const [keepB, setKeepB] = useState(false);
  const [kept, other] = keepB ? [pair.b, pair.a] : [pair.a, pair.b];
  const [choices, setChoices] = useState<MergeChoice>(() => defaultChoices(kept, other));
  const differences = mergeDifferences(kept, other);
  const show = (field: StakeholderField, value: unknown): string => {
    if (field === 'languages' && Array.isArray(value)) return languageList(value as string[], i18n.language);
    if (Array.isArray(value)) return value.join(', ');
    if (field === 'side') return t(`vocab:side.${String(value)}`);
    if (field === 'group' || field === 'engagement' || field === 'stance') return t(`${field}.${String(value)}`);
    return String(value);
  };
  const chooseKept = (b: boolean) => {
    setKeepB(b);
    const [k, o] = b ? [pair.b, pair.a] : [pair.a, pair.b];
    setChoices(defaultChoices(k, o));
  };
  const merge = async () => {
    const before: Stakeholder = { ...kept };
    await save(() => mergeStakeholders(db, kept, other, choices));
    onClose();
    showToast({ tone: 'info', message: { key: 'stakeholders:duplicates.merged', values: { name: displayName(kept) } }, action: { label: { key: 'ui:common.undo' }, run: () => save(() => unmergeStakeholders(db, before, other)) } });
  };
  return (
    <Modal
      title={t('duplicates.mergeTitle')}
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            {t('ui:common.cancel')}
          </button>
          <button type="button" className="primary" onClick={() => void merge()}>
            {t('duplicates.confirm')}
          </button>
        </>
      }
    >
      <p className="hint">{t('duplicates.mergeHint')}</p>
      <fieldset>
        <legend>{t('duplicates.keep')}</legend>
        {/* Two records often share a name: each is numbered and told apart by what else it holds. */}
        {[pair.a, pair.b].map((s, i) => (
          <label key={s.id} className="radio">
            <input type="radio" name="merge-keep" checked={keepB === (i === 1)} onChange={() => chooseKept(i === 1)} />
            <span>
              <strong>{t('duplicates.recordN', { n: i + 1 })}</strong> <span dir="auto">{[displayName(s), s.name ? s.organisation : '', s.email].filter(Boolean).join(' · ')}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <table className="stakeholders-merge">
        <thead>
          <tr>
            <th scope="col">{t('duplicates.fieldColumn')}</th>
            <th scope="col">{t('duplicates.keptColumn', { record: t('duplicates.recordN', { n: keepB ? 2 : 1 }) })}</th>
            <th scope="col">{t('duplicates.otherColumn', { record: t('duplicates.recordN', { n: keepB ? 1 : 2 }) })}</th>
          </tr>
        </thead>
        <tbody>
          {differences.map(({ field, a, b }) => (
            <tr key={field}>
              <th scope="row">{t(`field.${field}`)}</th>
              {(['a', 'b'] as const).map((which) => (
                <td key={which}>
                  <label className="radio">
                    <input type="radio" name={`merge-${field}`} checked={(choices[field] ?? 'a') === which} onChange={() => setChoices({ ...choices, [field]: which })} />
                    <span dir="auto">{show(field, which === 'a' ? a : b) || '—'}</span>
                  </label>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{t('duplicates.same')}</p>
    </Modal>
  );
}
