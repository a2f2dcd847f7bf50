import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App, preloadScreen } from './App';
import { parseRoute } from './hooks/useRoute';
import { DbProvider } from './db/db-context';
import { initialLanguage, setupI18n } from './i18n/i18n';
import { AriaLocale } from './i18n/AriaLocale';
import { shareDisplayNames } from './i18n/intl-cache';
import { platform } from './platform/platform';
import { registerOfflineShell, requestPersistentStorage, watchConnectivity } from './start';
import { useUiStore } from './state/ui-store';
import { startSyncScheduler } from './sync/scheduler';
import { openDatabaseWithBackups } from './backup/start-backups';
import './styles.css';

// The CSP forbids eval; zod would try it once to compile faster and log the refusal.
z.config({ jitless: true });
shareDisplayNames();

async function start() {
  const p = platform();
  // The database opens (tens of milliseconds with every table; on the desktop, a backup first
  // when its schema is to be upgraded) while the strings are set up and the screen's code loads.
  const opening = openDatabaseWithBackups(p);
  // The screen's code loads while the strings are set up, so a reload on a lazily loaded screen renders it at once.
  await Promise.all([setupI18n(initialLanguage(p.systemLanguages())), preloadScreen(parseRoute(location.hash))]);
  const db = await opening;
  watchConnectivity(p);
  registerOfflineShell(p);
  void requestPersistentStorage().then((result) => useUiStore.getState().setPersistence(result));
  startSyncScheduler(db, p, (status) => useUiStore.getState().setSync(status));
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <DbProvider db={db}>
        <AriaLocale><App /></AriaLocale>
      </DbProvider>
    </StrictMode>,
  );
}

void start();
