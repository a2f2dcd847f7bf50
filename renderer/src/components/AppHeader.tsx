import { useTranslation } from 'react-i18next';
import { useUiStore } from '../state/ui-store';
import { LanguageSwitcher } from './LanguageSwitcher';
import { routeHref, type Route } from '../hooks/useRoute';
import { usePendingSyncCount } from '../hooks/usePendingSyncCount';

export function AppHeader({ route }: { route: Route }) {
  const { t } = useTranslation();
  const online = useUiStore((s) => s.online);
  const pending = useUiStore((s) => s.pendingSaves);
  const toSync = usePendingSyncCount();
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
        <a href={routeHref({ screen: 'settings' })} aria-current={route.screen === 'settings' ? 'page' : undefined}>
          {t('header.sync')}
        </a>
      </nav>
      <span className="save-state" role="status">
        {pending > 0 ? t('header.saving') : t('header.saved')}
      </span>
      {toSync ? (
        <a className="to-sync" href={routeHref({ screen: 'settings' })} data-testid="to-sync" title={t('header.toSyncHint')}>
          {t('header.toSync', { count: toSync })}
        </a>
      ) : null}
      <span className={`network ${online ? 'online' : 'offline'}`} role="status" data-testid="network-state">
        {online ? t('header.online') : t('header.offline')}
      </span>
      <LanguageSwitcher />
    </header>
  );
}
