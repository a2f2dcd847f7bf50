import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoute, type Route } from './hooks/useRoute';
import { AppHeader } from './components/AppHeader';
import { PersistenceBanner } from './components/PersistenceBanner';
import { BackupReminder } from './backup/BackupReminder';
import { Toasts } from './components/Toasts';
import { ScreenSkeleton } from './components/ScreenSkeleton';
import { PairingListScreen } from './screens/list/PairingListScreen';
import { DossierScreen } from './screens/dossier/DossierScreen';
import { BinScreen } from './screens/bin/BinScreen';
// The stakeholder register and the missions bring their own libraries (CSV,
// virtual lists, time zones, iCalendar): loaded when first opened, not at start.
// The service worker precaches their chunks, so they open offline too.
const StakeholdersScreen = lazy(() => import('./screens/stakeholders/StakeholdersScreen').then((m) => ({ default: m.StakeholdersScreen })));
const MissionsScreen = lazy(() => import('./screens/missions/MissionsScreen').then((m) => ({ default: m.MissionsScreen })));
const UcapScreen = lazy(() => import('./screens/ucap/UcapScreen').then((m) => ({ default: m.UcapScreen })));
import { SettingsScreen } from './screens/settings/SettingsScreen';

function Screen({ route }: { route: Route }) {
  if (route.screen === 'bin') return <BinScreen />;
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
