import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoute, type Route } from './hooks/useRoute';
import { AppHeader } from './components/AppHeader';
import { PersistenceBanner } from './components/PersistenceBanner';
import { BackupReminder } from './backup/BackupReminder';
import { Toasts } from './components/Toasts';
import { ScreenSkeleton } from './components/ScreenSkeleton';
import { PairingListScreen } from './screens/list/PairingListScreen';
import { BinScreen } from './screens/bin/BinScreen';
import { lazyScreen } from './screens/lazy-screen';
import { whenIdle } from './when-idle';
// The stakeholder register and the missions bring their own libraries (CSV,
// virtual lists, time zones, iCalendar): loaded when first opened, or ahead (see lazyScreen).
// The service worker precaches their chunks, so they open offline too.
// The dossier too: its date fields are most of the code the pairing list does not need.
const dossier = lazyScreen(() => import('./screens/dossier/DossierScreen').then((m) => m.DossierScreen));
const stakeholders = lazyScreen(() => import('./screens/stakeholders/StakeholdersScreen').then((m) => m.StakeholdersScreen));
const missions = lazyScreen(() => import('./screens/missions/MissionsScreen').then((m) => m.MissionsScreen));
const ucap = lazyScreen(() => import('./screens/ucap/UcapScreen').then((m) => m.UcapScreen));
const DossierScreen = dossier.Screen;
const StakeholdersScreen = stakeholders.Screen;
const MissionsScreen = missions.Screen;
const UcapScreen = ucap.Screen;
// Backup and exchange brings the bundle reader and writer (fflate): loaded when opened.
const exchange = lazyScreen(() => import('./screens/exchange/ExchangeScreen').then((m) => m.ExchangeScreen));
const ExchangeScreen = exchange.Screen;
import { SettingsScreen } from './screens/settings/SettingsScreen';

/** Loads the code of the screen a route opens on, so the first render has it (a reload on the UCAP does not wait for its chunk). */
export function preloadScreen(route: Route): Promise<unknown> {
  if (route.screen !== 'pairing') return Promise.resolve();
  const screen = route.tab === 'stakeholders' ? stakeholders : route.tab === 'missions' ? missions : route.tab === 'ucap' ? ucap : dossier;
  return screen.preload().catch(() => undefined);
}

/**
 * The other screens' code, a few seconds after start-up and in idle time, so
 * opening a tab later does not wait for it. Not sooner: the browser is idle
 * while the first screen waits for IndexedDB, and compiling these chunks
 * then would slow that screen down.
 */
function preloadAllScreensLater(): () => void {
  const all = () => void Promise.all([dossier, stakeholders, missions, ucap].map((s) => s.preload().catch(() => undefined)));
  let cancelIdle: (() => void) | undefined;
  const timer = setTimeout(() => (cancelIdle = whenIdle(all, 5000)), 5000);
  return () => {
    clearTimeout(timer);
    cancelIdle?.();
  };
}

function Screen({ route }: { route: Route }) {
  if (route.screen === 'bin') return <BinScreen />;
  if (route.screen === 'backup') return <ExchangeScreen />;
  if (route.screen === 'list') return <PairingListScreen />;
  if (route.screen === 'settings') return <SettingsScreen />;
  if (route.tab === 'stakeholders') return <StakeholdersScreen key={route.id} pairingId={route.id} />;
  if (route.tab === 'missions') return <MissionsScreen key={route.id} pairingId={route.id} missionId={route.item} />;
  if (route.tab === 'ucap') return <UcapScreen key={route.id} pairingId={route.id} />;
  return <DossierScreen key={route.id} id={route.id} />;
}

export function App() {
  const route = useRoute();
  const { t } = useTranslation();
  useEffect(() => preloadAllScreensLater(), []);
  useEffect(() => {
    document.title = `Ponte · ${t('app.tagline')}`;
  }, [t]);
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <AppHeader route={route} />
      <PersistenceBanner />
      <BackupReminder />
      <div id="main">
        <Suspense fallback={<ScreenSkeleton />}>
          <Screen route={route} />
        </Suspense>
      </div>
      <Toasts />
    </div>
  );
}
