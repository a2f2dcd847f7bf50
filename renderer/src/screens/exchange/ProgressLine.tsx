import { useTranslation } from 'react-i18next';
import { progressText, type Progress } from './progress-text';

/** A long task's progress: a bar and what it is doing, read out politely. */
export function ProgressLine({ progress }: { progress: Progress | null }) {
  const { t } = useTranslation('exchange');
  if (!progress) return null;
  const text = progressText(t, progress);
  return (
    <div className="exchange-progress">
      <progress aria-label={t('progress.label')} max={progress.total || 1} value={progress.done} />
      <span role="status" data-testid="exchange-progress">
        {text}
      </span>
    </div>
  );
}
