import { useTranslation } from 'react-i18next';
import { ExportModal } from '../../components/ExportModal';
import type { PairingBundle } from '../../../../shared/model/bundle';
import { todayIso } from '../../../../shared/model/dates';
import { exportDossier, DOCX_MIME } from '../../export/export-dossier';

/** Exports the dossier as Word in a language chosen here, whatever the interface speaks. */
export function ExportDialog({ bundle, onClose }: { bundle: PairingBundle; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <ExportModal
      title={t('export.title')}
      filter={{ name: t('export.wordDocument'), extensions: ['docx'] }}
      make={async (lang) => ({ ...(await exportDossier(bundle, lang, todayIso())), mimeType: DOCX_MIME })}
      onClose={onClose}
    >
      <p className="hint">{t('export.hint')}</p>
    </ExportModal>
  );
}
