import { useId, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../components/Modal';
import { FilePicker } from '../../components/FilePicker';
import { useDb } from '../../db/db-context';
import { importStakeholders } from '../../db/stakeholders-repo';
import { useSave } from '../../hooks/useSave';
import { useFieldErrorText } from '../../components/fields/useFieldErrorText';
import { useUiStore } from '../../state/ui-store';
import { SIDES, type Side } from '../../../../shared/model/vocabularies';
import { decodeCsvBytes, type CsvEncoding } from '../../../../shared/stakeholders/csv-decode';
import { parseCsv, type ParsedCsv } from '../../../../shared/stakeholders/csv-parse';
import { guessMapping, type ColumnTarget } from '../../../../shared/stakeholders/csv-mapping';
import { planImport, type RowResult } from '../../../../shared/stakeholders/csv-rows';
import { STAKEHOLDER_FIELDS, displayName, type StakeholderField } from '../../../../shared/stakeholders/schema';
import { importDuplicates } from '../../../../shared/stakeholders/import-duplicates';
import { CHOICE_FIELDS, isChoiceField, unmatchedValues, withChoices, type ChoiceField, type ValueChoices } from '../../../../shared/stakeholders/value-matching';
import { useStakeholders } from '../../hooks/useStakeholders';
import { valueLookup } from './value-lookup';
import { readValueChoices, rememberValueChoices } from './import-value-memory';
import { choiceLabel } from './choice-label';
import { ValueMappingStep } from './ValueMappingStep';
import { ImportDuplicatesList } from './ImportDuplicatesList';

const PREVIEW_ROWS = 5;
const ERRORS_SHOWN = 100;

type Loaded = { csv: ParsedCsv; encoding: CsvEncoding; fileName: string };

/** A preview cell as the register will show it: labels in the interface language, numbers by Intl, a refused cell as it was typed. */
function previewText(r: RowResult, field: StakeholderField, raw: string, t: TFunction, lang: string): string {
  if (r.errors.some((e) => e.path === field)) return raw.trim();
  const value = r.fields[field];
  if (isChoiceField(field)) return choiceLabel(t, field, String(value));
  if (typeof value === 'number') return Number.isFinite(value) ? new Intl.NumberFormat(lang).format(value) : raw.trim();
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/** Remembered answers, then this import's: the latter win. */
function mergeChoices(remembered: ValueChoices, chosen: ValueChoices): ValueChoices {
  const out: ValueChoices = {};
  for (const f of CHOICE_FIELDS) if (remembered[f] || chosen[f]) out[f] = { ...remembered[f], ...chosen[f] };
  return out;
}

/**
 * Import from a spreadsheet's CSV: pick the file, check the column each field
 * comes from, see a preview and every row's errors, then confirm. Nothing is
 * written before the confirmation; then every valid row goes in one transaction.
 */
export function ImportDialog({ pairingId, onClose }: { pairingId: string; onClose: () => void }) {
  const { t, i18n } = useTranslation('stakeholders');
  const db = useDb();
  const save = useSave();
  const errorText = useFieldErrorText();
  const showToast = useUiStore((s) => s.showToast);
  const id = useId();
  const [loaded, setLoaded] = useState<Loaded | undefined>();
  const [mapping, setMapping] = useState<ColumnTarget[]>([]);
  const [side, setSide] = useState<Side>('lac');
  const [readError, setReadError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [chosen, setChosen] = useState<ValueChoices>({});
  const remembered = useLiveQuery(() => readValueChoices(db), [db]);
  const register = useStakeholders(pairingId);

  const choices = useMemo(() => mergeChoices(remembered ?? {}, chosen), [remembered, chosen]);
  // Values no label or short form matches, remembered ones included, so a remembered answer can be changed.
  const unmatched = useMemo(() => (loaded ? unmatchedValues(loaded.csv, mapping, valueLookup()) : []), [loaded, mapping]);
  const plan = useMemo(() => (loaded ? planImport(loaded.csv, mapping, { side }, withChoices(valueLookup(), choices)) : undefined), [loaded, mapping, side, choices]);
  const duplicates = useMemo(() => (plan && register ? importDuplicates(plan.valid, register) : []), [plan, register]);
  const headerOf = useMemo(() => {
    const out: Partial<Record<ChoiceField, string>> = {};
    mapping.forEach((target, column) => {
      if (target && isChoiceField(target)) out[target] = loaded?.csv.headers[column] || String(column + 1);
    });
    return out;
  }, [loaded, mapping]);
  const choose = (field: ChoiceField, key: string, id: string) => {
    setChosen((current) => {
      const forField = { ...current[field] };
      if (id) forField[key] = id;
      else delete forField[key];
      return { ...current, [field]: forField };
    });
  };

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const { text, encoding } = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
      const csv = parseCsv(text);
      setLoaded({ csv, encoding, fileName: file.name });
      setMapping(guessMapping(csv.headers));
      setReadError(csv.rows.length === 0 ? t('import.emptyFile') : undefined);
    } catch (e) {
      setLoaded(undefined);
      setReadError(t('import.failed', { reason: e instanceof Error ? e.message : String(e) }));
    }
  };

  const confirm = async () => {
    if (!plan || plan.valid.length === 0) return;
    setBusy(true);
    try {
      await save(async () => {
        await importStakeholders(db, pairingId, plan.valid.map((r) => r.fields));
        await rememberValueChoices(db, chosen);
      });
      showToast({ tone: 'info', message: { key: 'stakeholders:import.done', values: { count: plan.valid.length } } });
      onClose();
    } finally {
      setBusy(false);
    }
  };

  const errorLine = (r: RowResult) =>
    r.errors.map((e) => (e.path ? t('import.rowError', { row: r.row, field: t(`field.${e.path.split('.')[0]}`), message: errorText(e) }) : t('import.rowErrorNoField', { row: r.row, message: errorText(e) })));
  const previewFields = STAKEHOLDER_FIELDS.filter((f) => mapping.includes(f));
  const previewRows = plan ? [...plan.valid, ...plan.invalid].sort((a, b) => a.row - b.row).slice(0, PREVIEW_ROWS) : [];
  const errorLines = plan ? plan.invalid.flatMap(errorLine) : [];
  const rowCells = new Map(previewRows.map((r) => [r.row, loaded?.csv.rows.find((x) => x.row === r.row)?.cells ?? []]));

  return (
    <Modal
      title={t('import.title')}
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose} disabled={busy}>
            {t('ui:common.cancel')}
          </button>
          <button type="button" className="primary" disabled={busy || !plan || plan.valid.length === 0} onClick={() => void confirm()}>
            {t('import.confirm', { count: plan?.valid.length ?? 0 })}
          </button>
        </>
      }
    >
      <div className="stakeholders-import">
        <div className="field">
          {/* The browser's own file input would say "Choose File" in the browser's language. */}
          <FilePicker label={t('import.choose')} accept=".csv,text/csv,text/plain" onFiles={(files) => void readFile(files[0])} />
          <p className="hint">{t('import.file')}</p>
        </div>
        {readError ? (
          <p className="error" role="alert">
            {readError}
          </p>
        ) : null}
        {loaded && plan ? (
          <>
            <p className="hint">{t('import.read', { count: loaded.csv.rows.length, delimiter: loaded.csv.delimiter === '\t' ? 'Tab' : loaded.csv.delimiter, encoding: loaded.encoding === 'windows-1252' ? 'Windows-1252' : 'UTF-8' })}</p>
            <div className="field">
              <label htmlFor={`${id}-side`}>{t('import.defaultSide')}</label>
              <select id={`${id}-side`} value={side} onChange={(e) => setSide(e.target.value as Side)}>
                {SIDES.map((s) => (
                  <option key={s} value={s}>
                    {t(`vocab:side.${s}`)}
                  </option>
                ))}
              </select>
            </div>
            <fieldset className="stakeholders-mapping">
              <legend>{t('import.mapping')}</legend>
              {loaded.csv.headers.map((header, column) => (
                <div className="field" key={column}>
                  <label htmlFor={`${id}-col-${column}`} dir="auto">
                    {t('import.column', { header: header || String(column + 1) })}
                  </label>
                  <select
                    id={`${id}-col-${column}`}
                    value={mapping[column] ?? ''}
                    onChange={(e) => {
                      const target = e.target.value as ColumnTarget;
                      // A field comes from one column: choosing it here frees it elsewhere.
                      setMapping(mapping.map((m, i) => (i === column ? target : m === target ? '' : m)));
                    }}
                  >
                    <option value="">{t('import.ignore')}</option>
                    {STAKEHOLDER_FIELDS.map((f) => (
                      <option key={f} value={f}>
                        {t(`field.${f}`)}
                      </option>
                    ))}
                  </select>
                </div>
              ))}
            </fieldset>
            <ValueMappingStep values={unmatched} headers={headerOf} choices={choices} onChoose={choose} />
            <p role="status">{t('import.summary', { count: plan.valid.length, invalid: t('import.withErrors', { count: plan.invalid.length }) })}</p>
            <ImportDuplicatesList duplicates={duplicates} />
            {previewFields.length > 0 ? (
              // It scrolls sideways when the file has many columns: reachable and named for the keyboard.
              <div className="stakeholders-preview" tabIndex={0} role="region" aria-labelledby={`${id}-preview`}>
                <h3 id={`${id}-preview`}>{t('import.preview')}</h3>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">#</th>
                      {previewFields.map((f) => (
                        <th key={f} scope="col">
                          {t(`field.${f}`)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {previewRows.map((r) => (
                      <tr key={r.row} className={r.errors.length ? 'stakeholders-invalid' : undefined}>
                        <td>{r.row}</td>
                        {previewFields.map((f) => {
                          const raw = rowCells.get(r.row)?.[mapping.indexOf(f)] ?? '';
                          const text = previewText(r, f, raw, t, i18n.language);
                          return (
                            <td key={f} dir="auto" title={f === 'name' ? displayName(r.fields) : undefined}>
                              {text.length > 80 ? `${text.slice(0, 80)}…` : text}
                            </td>
                          );
                        })}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
            {errorLines.length > 0 ? (
              <div className="stakeholders-import-errors">
                <h3>{t('import.errors')}</h3>
                <ul>
                  {errorLines.slice(0, ERRORS_SHOWN).map((line, i) => (
                    <li key={i} className="error">
                      {line}
                    </li>
                  ))}
                </ul>
                {errorLines.length > ERRORS_SHOWN ? <p className="hint">{t('import.moreErrors', { count: errorLines.length - ERRORS_SHOWN })}</p> : null}
              </div>
            ) : null}
          </>
        ) : null}
      </div>
    </Modal>
  );
}
