import { usePairingBundle } from '../../hooks/usePairingBundle';
import { PairingTabs } from '../pairing/PairingTabs';
import { PairingTitle } from '../pairing/PairingTitle';

/** The stakeholders of a pairing (issue 6 fills this screen). */
export function StakeholdersScreen({ pairingId }: { pairingId: string }) {
  const bundle = usePairingBundle(pairingId);
  if (!bundle) return <main className="screen" aria-busy={bundle === undefined} />;
  return (
    <main className="screen">
      <div className="screen-title">
        <PairingTitle pairing={bundle.pairing} />
      </div>
      <PairingTabs pairingId={pairingId} active="stakeholders" />
    </main>
  );
}
