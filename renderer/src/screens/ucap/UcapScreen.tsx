import { useTranslation } from 'react-i18next';
import { usePairingBundle } from '../../hooks/usePairingBundle';
import { useDb } from '../../db/db-context';
import { useSave } from '../../hooks/useSave';
import { startPlan } from '../../db/ucap-repo';
import { PairingTabs } from '../pairing/PairingTabs';
import { PairingTitle } from '../pairing/PairingTitle';
import { UcapEditor } from './UcapEditor';
import { useUcap } from './useUcap';
import { ScreenSkeleton } from '../../components/ScreenSkeleton';

/** The Urban Cooperation Action Plan of a pairing. */
export function UcapScreen({ pairingId }: { pairingId: string }) {
  const { t } = useTranslation('ucap');
  const bundle = usePairingBundle(pairingId);
  const ucap = useUcap(pairingId);
  const db = useDb();
  const save = useSave();
  if (!bundle || !ucap) return <ScreenSkeleton />;
  return (
    <main className="screen ucap">
      <div className="screen-title">
        <PairingTitle pairing={bundle.pairing} />
      </div>
      <PairingTabs pairingId={pairingId} active="ucap" />
      {ucap.content ? (
        <UcapEditor key={ucap.content.plan.id} content={ucap.content} pairing={bundle.pairing} />
      ) : (
        <section aria-labelledby="ucap-h-start" className="card">
          <h2 id="ucap-h-start">{t('start.heading')}</h2>
          <p className="hint">{t('start.hint')}</p>
          <button type="button" className="primary" onClick={() => void save(() => startPlan(db, pairingId)).catch(() => undefined)}>{t('start.button')}</button>
        </section>
      )}
    </main>
  );
}
