import { formatDateTime } from '../../../../../shared/model/dates';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../../db/db-context';
import { useUiStore } from '../../../state/ui-store';

function valueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '—';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * Changes the server refused for good, one by one: what was written, where,
 * and why. The text can be copied before the entry is dismissed, so nothing
 * typed disappears without the user seeing it.
 */
export function FailedChanges({ pairingId }: { pairingId: string }) {
  const { t, i18n } = useTranslation();
  const db = useDb();
  const showToast = useUiStore((s) => s.showToast);
  const failed = useLiveQuery(() => db.failedChanges.where('pairingId').equals(pairingId).sortBy('at'), [db, pairingId]);
  if (!failed || failed.length === 0) return null;
  const when = (ms: number) => formatDateTime(ms, i18n.language);
  return (
    <details className="failed-changes">
      <summary>{t('sync:panel.failed', { count: failed.length })}</summary>
      <ul>
        {failed.map((f) => {
          const text = Object.entries(f.change.fields)
            .filter(([k]) => k !== 'deleted')
            .map(([k, v]) => `${k}: ${valueText(v)}`)
            .join('\n');
          return (
            <li key={f.id}>
              <p className="muted">
                {when(f.at)} · {t(`sync:reasons.${f.reason}`)}
              </p>
              <pre dir="auto">{text}</pre>
              <div className="actions">
                <button
                  type="button"
                  onClick={() =>
                    void navigator.clipboard?.writeText(text).then(
                      () => showToast({ tone: 'info', message: { key: 'sync:failed.copied' } }),
                      () => undefined,
                    )
                  }
                >
                  {t('sync:failed.copy')}
                </button>
                <button type="button" className="danger-link" onClick={() => void db.failedChanges.delete(f.id)}>
                  {t('sync:failed.dismiss')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
