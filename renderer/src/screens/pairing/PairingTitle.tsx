import { useTranslation } from 'react-i18next';
import { routeHref } from '../../hooks/useRoute';
import { pairingName, type Pairing } from '../../../../shared/model/pairing';

/** The back link and the pairing's name, as every tab of a pairing shows them. */
export function PairingTitle({ pairing }: { pairing: Pick<Pairing, 'eu' | 'lac'> }) {
  const { t } = useTranslation();
  return (
    <div>
      <a className="back" href={routeHref({ screen: 'list' })}>
        ← {t('dossier.backToList')}
      </a>
      <h1 dir="auto">{pairingName(pairing)}</h1>
    </div>
  );
}
