import { useTranslation } from 'react-i18next';
import type { ImportDuplicate } from '../../../../shared/stakeholders/import-duplicates';
import { displayName } from '../../../../shared/stakeholders/schema';

const SHOWN = 50;

/** The likely duplicates an import would create, shown before the user confirms it. */
export function ImportDuplicatesList({ duplicates }: { duplicates: readonly ImportDuplicate[] }) {
  const { t } = useTranslation('stakeholders');
  if (duplicates.length === 0) return null;
  return (
    <section className="stakeholders-import-duplicates" aria-labelledby="stakeholders-import-duplicates-title">
      <h3 id="stakeholders-import-duplicates-title">{t('import.duplicates')}</h3>
      <p className="hint">{t('import.duplicatesHint')}</p>
      <ul>
        {duplicates.slice(0, SHOWN).map((d) => {
          const reason = t(`duplicates.reason.${d.reason}`);
          return (
            <li key={`${d.row}-${'otherRow' in d ? d.otherRow : d.existing.id}`} dir="auto">
              {'otherRow' in d
                ? t('import.duplicateOfRow', { row: d.row, name: d.name, other: d.otherRow, reason })
                : t('import.duplicateOfRecord', { row: d.row, name: d.name, existing: displayName(d.existing) || d.existing.email, reason })}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
