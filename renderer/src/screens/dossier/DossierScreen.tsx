import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileText, Trash2 } from 'lucide-react';
import { usePairingBundle } from '../../hooks/usePairingBundle';
import { useRecordActions } from '../../hooks/useRecordActions';
import { navigate, routeHref } from '../../hooks/useRoute';
import { pairingName, type Pairing } from '../../../../shared/model/pairing';
import { FRAMEWORKS, THEMES, type Framework, type Theme } from '../../../../shared/model/vocabularies';
import { CheckboxGroup } from '../../components/fields/CheckboxGroup';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { SideEditor } from './SideEditor';
import { PeriodSection } from './PeriodSection';
import { LocalizedTextEditor } from './LocalizedTextEditor';
import { TeamSection } from './team/TeamSection';
import { AgreementsSection } from './AgreementsSection';
import { ExportDialog } from './ExportDialog';
import { PairingTabs } from '../pairing/PairingTabs';
import { PairingTitle } from '../pairing/PairingTitle';
import { SyncPanel } from './sync/SyncPanel';
import { ConflictsPanel } from './sync/ConflictsPanel';
import { ScreenSkeleton } from '../../components/ScreenSkeleton';

export function DossierScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const bundle = usePairingBundle(id);
  const { update, remove } = useRecordActions('pairing', id, id);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [exporting, setExporting] = useState(false);

  if (bundle === undefined) return <ScreenSkeleton />;
  if (bundle === null || bundle.pairing.deleted) {
    return (
      <main className="screen">
        <h1>{t(bundle ? 'dossier.inBin' : 'dossier.notFound')}</h1>
        <a href={routeHref(bundle ? { screen: 'bin' } : { screen: 'list' })}>{t(bundle ? 'dossier.goToBin' : 'dossier.backToList')}</a>
      </main>
    );
  }
  const { pairing } = bundle;
  const name = pairingName(pairing);
  const save = (fields: Partial<Pairing>) => update(fields);
  const sdgs = FRAMEWORKS.filter((f) => f.startsWith('sdg-'));
  const agendas = FRAMEWORKS.filter((f) => !f.startsWith('sdg-'));

  return (
    <main className="screen dossier">
      <div className="screen-title">
        <PairingTitle pairing={pairing} />
        <div className="actions">
          <button type="button" className="primary" onClick={() => setExporting(true)}>
            <FileText aria-hidden="true" size={16} />
            {t('dossier.export')}
          </button>
          <button type="button" className="danger" onClick={() => setConfirmDelete(true)}>
            <Trash2 aria-hidden="true" size={16} />
            {t('dossier.delete')}
          </button>
        </div>
      </div>
      <PairingTabs pairingId={id} active="dossier" />
      <ConflictsPanel pairingId={id} />

      <section aria-labelledby="sides-heading" className="card">
        <h2 id="sides-heading">{t('dossier.sides')}</h2>
        <div className="two-columns">
          <SideEditor side="lac" value={pairing.lac} onSave={(lac) => save({ lac })} />
          <SideEditor side="eu" value={pairing.eu} onSave={(eu) => save({ eu })} />
        </div>
      </section>

      <PeriodSection pairing={pairing} update={save} />

      <section aria-labelledby="themes-heading" className="card">
        <h2 id="themes-heading">{t('dossier.themes')}</h2>
        <CheckboxGroup<Theme>
          legend={t('dossier.themesLegend')}
          options={THEMES.map((theme) => ({ value: theme, label: t(`vocab:theme.${theme}`) }))}
          selected={pairing.themes}
          onChange={(themes) => void save({ themes }).catch(() => undefined)}
        />
      </section>

      <section aria-labelledby="summary-heading" className="card">
        <h2 id="summary-heading">{t('dossier.summary')}</h2>
        <LocalizedTextEditor label={t('dossier.summary')} value={pairing.summary} onSave={(summary) => save({ summary })} />
      </section>

      <section aria-labelledby="frameworks-heading" className="card">
        <h2 id="frameworks-heading">{t('dossier.frameworks')}</h2>
        <CheckboxGroup<Framework>
          legend={t('vocab:frameworkGroup.agenda')}
          options={agendas.map((f) => ({ value: f, label: t(`vocab:framework.${f}`) }))}
          selected={pairing.frameworks as Framework[]}
          onChange={(chosen) => void save({ frameworks: [...chosen, ...(pairing.frameworks as Framework[]).filter((f) => f.startsWith('sdg-'))] }).catch(() => undefined)}
        />
        <CheckboxGroup<Framework>
          legend={t('vocab:frameworkGroup.sdg')}
          columns={3}
          options={sdgs.map((f) => ({ value: f, label: t(`vocab:framework.${f}`) }))}
          selected={pairing.frameworks as Framework[]}
          onChange={(chosen) => void save({ frameworks: [...(pairing.frameworks as Framework[]).filter((f) => !f.startsWith('sdg-')), ...chosen] }).catch(() => undefined)}
        />
      </section>

      <TeamSection pairingId={id} positions={bundle.positions} assignments={bundle.assignments} />
      <AgreementsSection pairingId={id} agreements={bundle.agreements} />
      <SyncPanel pairingId={id} />

      {confirmDelete ? (
        <ConfirmDialog
          title={t('dossier.deleteTitle')}
          message={t('dossier.deleteMessage', { name })}
          confirmLabel={t('dossier.delete')}
          danger
          onCancel={() => setConfirmDelete(false)}
          onConfirm={() => {
            setConfirmDelete(false);
            navigate({ screen: 'list' });
            void remove({ key: 'ui:dossier.deleted', values: { name } });
          }}
        />
      ) : null}
      {exporting ? <ExportDialog bundle={bundle} onClose={() => setExporting(false)} /> : null}
    </main>
  );
}
