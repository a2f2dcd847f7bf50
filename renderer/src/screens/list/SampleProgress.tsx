import { useTranslation } from 'react-i18next';
import { useSampleProgress } from '../../state/sample-progress';

/** While the programme-sized sample loads: a bar and how many pairings are in. */
export function SampleProgress() {
  const { t } = useTranslation();
  const progress = useSampleProgress((s) => s.progress);
  if (!progress) return null;
  return (
    <div className="sample-progress" role="status">
      <label htmlFor="sample-progress-bar">{t('list.loadingProgramme', { done: progress.done, total: progress.total })}</label>
      <progress id="sample-progress-bar" value={progress.done} max={progress.total} />
    </div>
  );
}
