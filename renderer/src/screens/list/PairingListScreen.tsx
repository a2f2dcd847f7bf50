import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePairings } from '../../hooks/usePairings';
import { useUiStore } from '../../state/ui-store';
import { filterPairings } from './filter-pairings';
import { PairingRow } from './PairingRow';
import { NewPairingDialog } from './NewPairingDialog';
import { EmptyList } from './EmptyList';
import { SampleProgress } from './SampleProgress';
import { PAIRING_STATUSES, THEMES, type PairingStatus, type Theme } from '../../../../shared/model/vocabularies';
import { ScreenSkeleton } from '../../components/ScreenSkeleton';

export function PairingListScreen() {
  const { t, i18n } = useTranslation();
  const pairings = usePairings();
  const { search, statusFilter, themeFilter, setSearch, setStatusFilter, setThemeFilter, clearFilters } = useUiStore();
  const [creating, setCreating] = useState(false);

  if (pairings === undefined) return <ScreenSkeleton variant="plain" />;
  const shown = filterPairings(pairings, { search, status: statusFilter, theme: themeFilter }, i18n.language);

  return (
    <main className="screen list-screen">
      <div className="screen-title">
        <h1>{t('list.title')}</h1>
        <button type="button" className="primary" onClick={() => setCreating(true)}>
          {t('list.new')}
        </button>
      </div>
      <SampleProgress />
      {pairings.length === 0 ? (
        <EmptyList onCreate={() => setCreating(true)} />
      ) : (
        <>
          <div className="filters" role="search">
            <div className="field grow">
              <label htmlFor="pairing-search">{t('list.search')}</label>
              <input id="pairing-search" type="search" dir="auto" value={search} placeholder={t('list.searchPlaceholder')} onChange={(e) => setSearch(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor="status-filter">{t('list.status')}</label>
              <select id="status-filter" value={statusFilter} onChange={(e) => setStatusFilter(e.target.value as PairingStatus | '')}>
                <option value="">{t('list.allStatuses')}</option>
                {PAIRING_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`vocab:status.${s}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="theme-filter">{t('list.theme')}</label>
              <select id="theme-filter" value={themeFilter} onChange={(e) => setThemeFilter(e.target.value as Theme | '')}>
                <option value="">{t('list.allThemes')}</option>
                {THEMES.map((theme) => (
                  <option key={theme} value={theme}>
                    {t(`vocab:theme.${theme}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <p className="count" role="status">
            {t('list.count', { shown: shown.length, count: pairings.length })}
          </p>
          {shown.length === 0 ? (
            <div className="empty">
              <p>{t('list.noMatch')}</p>
              <button type="button" onClick={clearFilters}>
                {t('list.clearFilters')}
              </button>
            </div>
          ) : (
            <ul className="pairing-list" aria-label={t('list.title')}>
              {shown.map((p) => (
                <PairingRow key={p.id} pairing={p} />
              ))}
            </ul>
          )}
        </>
      )}
      {creating ? <NewPairingDialog onClose={() => setCreating(false)} /> : null}
    </main>
  );
}
