import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../db/db-context';
import { writeBundles } from '../../db/pairings-repo';
import { useSave } from '../../hooks/useSave';
import { useSampleProgress } from '../../state/sample-progress';

/** The first thing a new user sees: what to do, and a sample programme to explore. */
export function EmptyList({ onCreate }: { onCreate: () => void }) {
  const { t } = useTranslation();
  const db = useDb();
  const save = useSave();
  const [loading, setLoading] = useState(false);
  const setProgress = useSampleProgress((s) => s.setProgress);
  const scaled = useSampleProgress((s) => s.progress !== null);
  // A whole programme (100 pairings, 20 000 stakeholders, 2 000 missions), to try Ponte at the size of the real thing.
  const loadProgramme = async () => {
    setProgress({ done: 0, total: 1 });
    try {
      const { loadScaledSample } = await import('../../db/sample-repo');
      await save(() => loadScaledSample(db, {}, setProgress));
    } finally {
      setProgress(null);
    }
  };
  const loadSample = async () => {
    setLoading(true);
    try {
      // Loaded only when asked for: the sample is not part of the app's start-up.
      const [{ sampleProgramme }, { sampleMissionWrites }, { sampleStakeholderWrites }, { sampleUcapWrites }] = await Promise.all([
        import('../../../../shared/sample/programme'),
        import('../../../../shared/missions/sample'),
        import('../../../../shared/stakeholders/sample'),
        import('../../../../shared/ucap/sample'),
      ]);
      const pairings = sampleProgramme();
      const more = [...sampleMissionWrites(), ...sampleStakeholderWrites(pairings.map((b) => b.pairing.id)), ...sampleUcapWrites()];
      await save(() => writeBundles(db, pairings, more));
    } finally {
      setLoading(false);
    }
  };
  return (
    <div className="empty-list">
      <h2>{t('list.emptyTitle')}</h2>
      <p>{t('list.emptyText')}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={onCreate}>
          {t('list.new')}
        </button>
        <button type="button" onClick={() => void loadSample()} disabled={loading || scaled} aria-busy={loading}>
          {loading ? t('list.loadingSample') : t('list.loadSample')}
        </button>
      </div>
      <p className="hint">{t('list.sampleHint')}</p>
      <p className="hint">
        <button type="button" className="link" onClick={() => void loadProgramme()} disabled={loading || scaled} aria-busy={scaled}>
          {t('list.loadProgramme')}
        </button>{' '}
        {t('list.programmeHint')}
      </p>
    </div>
  );
}
