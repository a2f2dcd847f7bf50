import { useTranslation } from 'react-i18next';
import { BackupCard, ExportPairingsCard } from './ExportCards';
import { OpenBundleCard } from './OpenBundleCard';

/** Backup, restore and exchange with no network: a whole device or some pairings in one file. */
export function ExchangeScreen() {
  const { t } = useTranslation('exchange');
  return (
    <main className="screen exchange-screen">
      <h1>{t('title')}</h1>
      <p className="hint">{t('intro')}</p>
      <BackupCard />
      <ExportPairingsCard />
      <OpenBundleCard />
    </main>
  );
}
