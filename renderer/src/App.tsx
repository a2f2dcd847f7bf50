import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoute } from './hooks/useRoute';
import { AppHeader } from './components/AppHeader';
import { PersistenceBanner } from './components/PersistenceBanner';
import { Toasts } from './components/Toasts';
import { PairingListScreen } from './screens/list/PairingListScreen';
import { DossierScreen } from './screens/dossier/DossierScreen';
import { BinScreen } from './screens/bin/BinScreen';

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
        {route.screen === 'pairing' ? <DossierScreen key={route.id} id={route.id} /> : route.screen === 'bin' ? <BinScreen /> : <PairingListScreen />}
      </div>
      <Toasts />
    </div>
  );
}
