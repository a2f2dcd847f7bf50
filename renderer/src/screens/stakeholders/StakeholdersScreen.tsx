import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UserPlus, Upload, Download, FileText } from 'lucide-react';
import { usePairingBundle } from '../../hooks/usePairingBundle';
import { useFirstStakeholders, useStakeholders } from '../../hooks/useStakeholders';
import { useStakeholderView } from '../../hooks/useStakeholderView';
import { useDb } from '../../db/db-context';
import { loadSampleStakeholders } from '../../db/stakeholders-repo';
import { useSave } from '../../hooks/useSave';
import { PairingTabs } from '../pairing/PairingTabs';
import { RadioButtons } from '../../components/RadioButtons';
import { PairingTitle } from '../pairing/PairingTitle';
import { NO_FILTERS, tagsInUse, type Sort, type StakeholderFilters } from '../../../../shared/stakeholders/search';
import { findDuplicates } from '../../../../shared/stakeholders/duplicates';
import { sampleStakeholders } from '../../../../shared/stakeholders/sample';
import { StakeholderFiltersBar } from './StakeholderFiltersBar';
import { StakeholderList } from './StakeholderList';
import { StakeholderEditor } from './StakeholderEditor';
import { NewStakeholderDialog } from './NewStakeholderDialog';
import { PowerInterestGrid } from './PowerInterestGrid';
import { DuplicatesPanel } from './DuplicatesPanel';
import { ImportDialog } from './ImportDialog';
import { ExportStakeholdersDialog } from './ExportStakeholdersDialog';
import { ScreenSkeleton } from '../../components/ScreenSkeleton';

type View = 'list' | 'grid' | 'duplicates';
type Dialog = { kind: 'new' } | { kind: 'import' } | { kind: 'export'; format: 'csv' | 'word' } | { kind: 'edit'; id: string };

function isDefaultView(filters: StakeholderFilters, sort: Sort): boolean {
  return JSON.stringify(filters) === JSON.stringify(NO_FILTERS) && sort.key === 'name' && !sort.descending;
}

/** The stakeholders of a pairing: list, grid and duplicates, with import and export. */
export function StakeholdersScreen({ pairingId }: { pairingId: string }) {
  const { t, i18n } = useTranslation('stakeholders');
  const db = useDb();
  const save = useSave();
  const bundle = usePairingBundle(pairingId);
  const firstPage = useFirstStakeholders(pairingId);
  const records = useStakeholders(pairingId, firstPage !== undefined);
  const [filters, setFilters] = useState<StakeholderFilters>(NO_FILTERS);
  const [sort, setSort] = useState<Sort>({ key: 'name', descending: false });
  const [view, setView] = useState<View>('list');
  const [dialog, setDialog] = useState<Dialog | undefined>();
  const rows = useStakeholderView(records, filters, sort);
  const tags = useMemo(() => tagsInUse(records ?? [], i18n.language), [records, i18n.language]);
  const duplicates = useMemo(() => findDuplicates(records ?? []), [records]);
  const samples = useMemo(() => sampleStakeholders(pairingId), [pairingId]);

  if (bundle === undefined) return <ScreenSkeleton />;
  if (!bundle) return <main className="screen" />;
  const total = records?.length ?? 0;
  const open = (id: string) => setDialog({ kind: 'edit', id });
  return (
    <main className="screen stakeholders">
      <div className="screen-title">
        <PairingTitle pairing={bundle.pairing} />
        <div className="actions">
          <button type="button" className="primary" onClick={() => setDialog({ kind: 'new' })}>
            <UserPlus aria-hidden="true" size={16} />
            {t('add')}
          </button>
          <button type="button" onClick={() => setDialog({ kind: 'import' })}>
            <Upload aria-hidden="true" size={16} />
            {t('import.open')}
          </button>
          <button type="button" onClick={() => setDialog({ kind: 'export', format: 'csv' })} disabled={rows.length === 0}>
            <Download aria-hidden="true" size={16} />
            {t('export.csv')}
          </button>
          <button type="button" onClick={() => setDialog({ kind: 'export', format: 'word' })}>
            <FileText aria-hidden="true" size={16} />
            {t('export.word')}
          </button>
        </div>
      </div>
      <PairingTabs pairingId={pairingId} active="stakeholders" />

      <StakeholderFiltersBar filters={filters} tags={tags} onChange={setFilters} />
      <div className="stakeholders-bar">
        <RadioButtons
          label={t('views.label')}
          className="stakeholders-views"
          value={view}
          onChange={setView}
          options={(['list', 'grid', 'duplicates'] as const).map((v) => ({ value: v, label: t(`views.${v}`, { count: duplicates.length }) }))}
        />
        <p role="status" className="muted">
          {records ? t('shown', { shown: rows.length, count: total }) : null}
        </p>
      </div>

      {records && total === 0 ? (
        <div className="card">
          <p>{t('empty')}</p>
          {samples.length > 0 ? (
            <button type="button" onClick={() => void save(() => loadSampleStakeholders(db, samples))}>
              {t('loadSample')}
            </button>
          ) : null}
        </div>
      ) : null}
      {records && total > 0 && rows.length === 0 && view !== 'duplicates' ? <p className="card">{t('noMatch')}</p> : null}
      {view === 'list' && rows.length > 0 ? <StakeholderList rows={rows} sort={sort} onSort={setSort} onOpen={open} /> : null}
      {/* While a long register loads, its first screenful in name order, from the index. */}
      {view === 'list' && !records && firstPage && firstPage.length > 0 && isDefaultView(filters, sort) ? (
        <StakeholderList rows={firstPage} sort={sort} onSort={setSort} onOpen={open} />
      ) : null}
      {view === 'grid' && rows.length > 0 ? <PowerInterestGrid rows={rows} onOpen={open} /> : null}
      {view === 'duplicates' ? <DuplicatesPanel pairs={duplicates} /> : null}

      {dialog?.kind === 'new' ? <NewStakeholderDialog pairingId={pairingId} onClose={() => setDialog(undefined)} onCreated={open} /> : null}
      {dialog?.kind === 'edit' ? <StakeholderEditor key={dialog.id} id={dialog.id} pairingId={pairingId} onClose={() => setDialog(undefined)} /> : null}
      {dialog?.kind === 'import' ? <ImportDialog pairingId={pairingId} onClose={() => setDialog(undefined)} /> : null}
      {dialog?.kind === 'export' ? <ExportStakeholdersDialog kind={dialog.format} pairing={bundle.pairing} stakeholders={rows} onClose={() => setDialog(undefined)} /> : null}
    </main>
  );
}
