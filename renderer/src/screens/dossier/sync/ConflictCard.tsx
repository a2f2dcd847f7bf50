import { formatDateTime } from '../../../../../shared/model/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../../db/db-context';
import { resolveConflict } from '../../../db/conflicts-repo';
import { useSave } from '../../../hooks/useSave';
import type { Conflict } from '../../../../../shared/model/conflict';
import { fieldValue, splitFieldKey, type AnyStored, type RecordKind } from '../../../../../shared/model/records';
import { declarationOf } from '../../../../../shared/kinds/registry';
import { isLang } from '../../../../../shared/i18n/langs';
import { LANGS } from '../../../../../shared/i18n/langs';
import { parseStamp } from '../../../../../shared/clock/hlc';


/** A text value as the user reads it: a plain string, or one paragraph per language. */
function TextValue({ value }: { value: unknown }) {
  const { t } = useTranslation();
  if (typeof value === 'string') return <p className="conflict-text" dir="auto">{value}</p>;
  const byLang = (value ?? {}) as Record<string, string | undefined>;
  return (
    <>
      {LANGS.filter((l) => byLang[l]?.trim()).map((l) => (
        <p key={l} className="conflict-text" dir="auto" lang={l}>
          <strong>{t(`vocab:lang.${l}`)}: </strong>
          {byLang[l]}
        </p>
      ))}
    </>
  );
}

function asEditable(value: unknown): string {
  return typeof value === 'string' ? value : Object.values((value ?? {}) as Record<string, string>).filter(Boolean).join('\n\n');
}

/**
 * One lost text beside the text that won: keep one, or write a merged text.
 * Conflicts are on plain texts: localized texts conflict language by language.
 */
export function ConflictCard({ conflict }: { conflict: Conflict }) {
  const { t, i18n } = useTranslation();
  const db = useDb();
  const save = useSave();
  const [merging, setMerging] = useState<string | null>(null);
  const record = useLiveQuery(
    () => (declarationOf(conflict.recordKind) ? (db.tableOf(conflict.recordKind as RecordKind).get(conflict.recordRef) as Promise<AnyStored | undefined>) : Promise.resolve(undefined)),
    [db, conflict.recordKind, conflict.recordRef],
  );
  const current = record ? fieldValue(record, conflict.field) : undefined;
  const [base, lang] = splitFieldKey(conflict.field);
  const lostOn = formatDateTime(parseStamp(conflict.losingHlc).millis, i18n.language);
  // The declarations name each text a conflict can be kept for, and how to name its record.
  const declaration = declarationOf(conflict.recordKind);
  const labelKey = (declaration?.textLabels as Record<string, string> | undefined)?.[base];
  const label = `${t(labelKey ?? 'sync:conflicts.text')}${lang ? ` (${t(`vocab:lang.${lang}`)})` : ''}`;
  const named = record && declaration ? declaration.describe(record as never, isLang(i18n.language) ? i18n.language : 'en').trim() : '';
  const where = [t(`bin.kinds.${conflict.recordKind}`, { count: 1 }), named].filter(Boolean).join(' · ');
  return (
    <article className="conflict" aria-label={t('sync:conflicts.about', { field: label })}>
      <h3>
        {label}
        {where ? <span className="muted"> · {where}</span> : null}
      </h3>
      <div className="two-columns">
        <div>
          <h4>{t('sync:conflicts.current')}</h4>
          <TextValue value={current} />
        </div>
        <div>
          <h4>{t('sync:conflicts.kept', { when: lostOn })}</h4>
          <TextValue value={conflict.losingValue} />
        </div>
      </div>
      {merging !== null ? (
        <div className="field">
          <label htmlFor={`merge-${conflict.id}`}>{t('sync:conflicts.mergedText')}</label>
          <textarea id={`merge-${conflict.id}`} dir="auto" rows={6} value={merging} onChange={(e) => setMerging(e.target.value)} />
        </div>
      ) : null}
      <div className="actions">
        <button type="button" onClick={() => void save(() => resolveConflict(db, conflict))}>
          {t('sync:conflicts.keepCurrent')}
        </button>
        <button type="button" onClick={() => void save(() => resolveConflict(db, conflict, { value: conflict.losingValue }))}>
          {t('sync:conflicts.useKept')}
        </button>
        {merging === null ? (
          <button type="button" onClick={() => setMerging(`${asEditable(current)}\n\n${asEditable(conflict.losingValue)}`)}>
            {t('sync:conflicts.merge')}
          </button>
        ) : (
          <button type="button" className="primary" onClick={() => void save(() => resolveConflict(db, conflict, { value: merging }))}>
            {t('sync:conflicts.saveMerged')}
          </button>
        )}
      </div>
    </article>
  );
}
