import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../state/ui-store';
import { LanguageSwitcher } from './LanguageSwitcher';
import { QuestionDialog } from './QuestionDialog';
import { confirmDropDrafts, fieldList, hasUnsavedDrafts } from './fields/unsaved-drafts';
import { routeHref, setRouteGuard, type Route } from '../hooks/useRoute';
import { usePendingSyncCount } from '../hooks/usePendingSyncCount';

/**
 * Leaving with text that could not be saved asks first: another screen
 * (the app's own question), closing the tab or the window (the browser's).
 */
function useLeaveGuards() {
  useEffect(() => {
    const removeGuard = setRouteGuard(() => (hasUnsavedDrafts() ? confirmDropDrafts() : true));
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!hasUnsavedDrafts()) return;
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      removeGuard();
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, []);
}

export function AppHeader({ route }: { route: Route }) {
  const { t, i18n } = useTranslation();
  const online = useUiStore((s) => s.online);
  const pending = useUiStore((s) => s.pendingSaves);
  const unsaved = useUiStore((s) => s.unsavedDrafts);
  const toSync = usePendingSyncCount();
  useLeaveGuards();
  return (
    <header className="app-header">
      <a className="brand" href={routeHref({ screen: 'list' })}>
        <img src="./favicon.svg" alt="" width={28} height={28} />
        <span>Ponte</span>
      </a>
      <nav aria-label={t('header.navigation')}>
        <a href={routeHref({ screen: 'list' })} aria-current={route.screen === 'list' ? 'page' : undefined}>
          {t('header.pairings')}
        </a>
        <a href={routeHref({ screen: 'bin' })} aria-current={route.screen === 'bin' ? 'page' : undefined}>
          {t('header.bin')}
        </a>
        <a href={routeHref({ screen: 'backup' })} aria-current={route.screen === 'backup' ? 'page' : undefined}>
          {t('header.backup')}
        </a>
        <a href={routeHref({ screen: 'settings' })} aria-current={route.screen === 'settings' ? 'page' : undefined}>
          {t('header.sync')}
        </a>
      </nav>
      {/* Never "saved" while a field holds text that could not be saved: it says which, and takes the user there. */}
      <span className={`save-state${unsaved.length ? ' not-saved' : ''}`} role="status" data-testid="save-state">
        {unsaved.length ? t('header.notSaved', { count: unsaved.length, fields: fieldList(unsaved.map((d) => d.label), i18n.language) }) : pending > 0 ? t('header.saving') : t('header.saved')}
      </span>
      {unsaved.length ? (
        <button type="button" className="link save-state-go" onClick={() => document.getElementById(unsaved[0]!.elementId)?.focus()}>
          {t('header.goToUnsaved')}
        </button>
      ) : null}
      {toSync ? (
        <a className="to-sync" href={routeHref({ screen: 'settings' })} data-testid="to-sync" title={t('header.toSyncHint')}>
          {t('header.toSync', { count: toSync })}
        </a>
      ) : null}
      <span className={`network ${online ? 'online' : 'offline'}`} role="status" data-testid="network-state">
        {online ? t('header.online') : t('header.offline')}
      </span>
      <LanguageSwitcher />
      <QuestionDialog />
      {/* The desktop shell asks before closing the window with the page's own words (electron/main: will-prevent-unload). */}
      {unsaved.length ? (
        <div
          hidden
          data-close-question=""
          data-title={t('unsaved.title')}
          data-message={t('unsaved.message', { count: unsaved.length, fields: fieldList(unsaved.map((d) => d.label), i18n.language) })}
          data-keep={t('unsaved.keepEditing')}
          data-discard={t('unsaved.discardAndClose')}
        />
      ) : null}
    </header>
  );
}
