import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportModal } from '../../components/ExportModal';
import type { Pairing } from '../../../../shared/model/pairing';
import type { UcapContent } from '../../../../shared/ucap/content';
import { todayIso } from '../../../../shared/model/dates';
import type { ExportStage } from './export-messages';
import { ucapCoverFacts } from '../../../../shared/ucap/cover-facts';
import { useUcapSnapshots } from './useUcapSnapshots';
import { useSyncSettings } from '../../hooks/useSyncSettings';
import { activeSession } from '../../sync/sync-settings';

const STEPS: ExportStage[] = ['loading', 'building', 'packing'];

/** Exports the UCAP to Word in the language chosen here, whatever the interface speaks, showing how far it has got. */
export function UcapExportDialog({ pairing, content, onClose }: { pairing: Pairing; content: UcapContent; onClose: () => void }) {
  const { t } = useTranslation('ucap');
  const [stage, setStage] = useState<ExportStage | null>(null);
  const snapshots = useUcapSnapshots(pairing.id);
  const settings = useSyncSettings();
  // Who exports it: the account this device signs in with, when it has one.
  const exportedBy = (settings && activeSession(settings)?.account.name) || undefined;
  // The export code and its worker load while the user chooses a language, not after the click.
  useEffect(() => {
    void import('./export-ucap').then((m) => m.prepareUcapExport());
  }, []);
  return (
    <ExportModal
      title={t('export.title')}
      filter={{ name: t('export.wordFile'), extensions: ['docx'] }}
      // The document code is imported when the dialog opens (above), not with the screen.
      make={async (lang) => {
        try {
          return await (await import('./export-ucap')).exportUcap(pairing, content, lang, todayIso(), { ...ucapCoverFacts(content, snapshots ?? []), ...(exportedBy ? { exportedBy } : {}) }, setStage);
        } finally {
          setStage(null);
        }
      }}
      onClose={onClose}
    >
      {stage ? (
        <div className="ucap-export-progress" role="status">
          <progress max={STEPS.length} value={STEPS.indexOf(stage) + 1} aria-label={t(`export.stage.${stage}`)} />
          <span>{t(`export.stage.${stage}`)}</span>
        </div>
      ) : null}
    </ExportModal>
  );
}
