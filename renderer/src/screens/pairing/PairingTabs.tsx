import { useTranslation } from 'react-i18next';
import { PAIRING_TABS, routeHref, type PairingTab } from '../../hooks/useRoute';

/** The parts of a pairing's workbench: its dossier, its stakeholders, its missions. */
export function PairingTabs({ pairingId, active }: { pairingId: string; active: PairingTab }) {
  const { t } = useTranslation();
  return (
    <nav className="pairing-tabs" aria-label={t('pairingTabs.label')}>
      {PAIRING_TABS.map((tab) => (
        <a key={tab} href={routeHref({ screen: 'pairing', id: pairingId, tab })} aria-current={tab === active ? 'page' : undefined}>
          {t(`pairingTabs.${tab}`)}
        </a>
      ))}
    </nav>
  );
}
