import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './App';
import { DbProvider } from './db/db-context';
import { initialLanguage, setupI18n } from './i18n/i18n';
import { AriaLocale } from './i18n/AriaLocale';
import { platform } from './platform/platform';
import { registerOfflineShell, requestPersistentStorage, watchConnectivity } from './start';
import { useUiStore } from './state/ui-store';
import { startSyncScheduler } from './sync/scheduler';
import { openDatabaseWithBackups } from './backup/start-backups';
import './styles.css';

// The CSP forbids eval; zod would try it once to compile faster and log the refusal.
z.config({ jitless: true });

async function start() {
  const p = platform();
  await setupI18n(initialLanguage(p.systemLanguages()));
  watchConnectivity(p);
  registerOfflineShell(p);
  void requestPersistentStorage().then((result) => useUiStore.getState().setPersistence(result));
  const db = await openDatabaseWithBackups(p);
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
