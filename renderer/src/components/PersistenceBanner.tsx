import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../state/ui-store';

const DISMISSED_KEY = 'ponte.persistence-notice-dismissed';

/** Says plainly when the browser refused to keep Ponte's data safe from eviction. */
export function PersistenceBanner() {
  const { t } = useTranslation();
  const persistence = useUiStore((s) => s.persistence);
  const [dismissed, setDismissed] = useState(() => localStorage.getItem(DISMISSED_KEY) === persistence);
  if ((persistence !== 'refused' && persistence !== 'unsupported') || dismissed) return null;
  return (
    <div className="banner warning" role="status" data-testid="persistence-banner">
      <p>{t(persistence === 'refused' ? 'storage.refused' : 'storage.unsupported')}</p>
      <button
        type="button"
        onClick={() => {
          localStorage.setItem(DISMISSED_KEY, persistence);
          setDismissed(true);
        }}
      >
        {t('common.understood')}
      </button>
    </div>
  );
}
