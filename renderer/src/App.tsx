import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoute, type Route } from './hooks/useRoute';
import { AppHeader } from './components/AppHeader';
import { PersistenceBanner } from './components/PersistenceBanner';
import { Toasts } from './components/Toasts';
import { PairingListScreen } from './screens/list/PairingListScreen';
import { DossierScreen } from './screens/dossier/DossierScreen';
import { BinScreen } from './screens/bin/BinScreen';
import { StakeholdersScreen } from './screens/stakeholders/StakeholdersScreen';
import { MissionsScreen } from './screens/missions/MissionsScreen';
import { SettingsScreen } from './screens/settings/SettingsScreen';

function Screen({ route }: { route: Route }) {
  if (route.screen === 'bin') return <BinScreen />;
  if (route.screen === 'list') return <PairingListScreen />;
  if (route.screen === 'settings') return <SettingsScreen />;
  if (route.tab === 'stakeholders') return <StakeholdersScreen key={route.id} pairingId={route.id} />;
  if (route.tab === 'missions') return <MissionsScreen key={route.id} pairingId={route.id} />;
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
      <div id="main">
        <Screen route={route} />
      </div>
      <Toasts />
    </div>
  );
}
