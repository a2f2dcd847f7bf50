import { useTranslation } from 'react-i18next';
import { ExportModal } from '../../components/ExportModal';
import type { PairingBundle } from '../../../../shared/model/bundle';
import { todayIso } from '../../../../shared/model/dates';
import { exportDossier } from '../../export/export-dossier';

/** Exports the dossier as Word in a language chosen here, whatever the interface speaks. */
export function ExportDialog({ bundle, onClose }: { bundle: PairingBundle; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <ExportModal
      title={t('export.title')}
      filter={{ name: t('export.wordDocument'), extensions: ['docx'] }}
      make={(lang) => exportDossier(bundle, lang, todayIso())}
      onClose={onClose}
    >
      <p className="hint">{t('export.hint')}</p>
    </ExportModal>
  );
}
