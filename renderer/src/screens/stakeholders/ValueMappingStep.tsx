import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CHOICES, type ChoiceField, type UnmatchedValue, type ValueChoices } from '../../../../shared/stakeholders/value-matching';
import { choiceLabel } from './choice-label';

type Props = {
  values: readonly UnmatchedValue[];
  /** The header of the column each choice field comes from, to say where a value was found. */
  headers: Partial<Record<ChoiceField, string>>;
  choices: ValueChoices;
  onChoose: (field: ChoiceField, key: string, id: string) => void;
};

/**
 * The values of choice columns that no label or short form matched, each with
 * the choice the user picks for it ("Junta vecinal" → civil society). A value
 * left unchosen keeps its rows out of the import, with an error that names it.
 */
export function ValueMappingStep({ values, headers, choices, onChoose }: Props) {
  const { t } = useTranslation('stakeholders');
  const id = useId();
  if (values.length === 0) return null;
  return (
    <fieldset className="stakeholders-value-mapping">
      <legend>{t('import.values')}</legend>
      <p className="hint">{t('import.valuesHint')}</p>
      {values.map((v, i) => (
        <div className="field" key={`${v.field}-${v.key}`}>
          <label htmlFor={`${id}-${i}`} dir="auto">
            {t('import.valueInColumn', { value: v.value, header: headers[v.field] ?? t(`field.${v.field}`) })}{' '}
            <span className="muted">({t('import.valueRows', { count: v.rows.length })})</span>
          </label>
          <select id={`${id}-${i}`} value={choices[v.field]?.[v.key] ?? ''} onChange={(e) => onChoose(v.field, v.key, e.target.value)}>
            <option value="">{t('import.valueUnchosen')}</option>
            {CHOICES[v.field].map((choice) => (
              <option key={choice} value={choice}>
                {choiceLabel(t, v.field, choice)}
              </option>
            ))}
          </select>
        </div>
      ))}
    </fieldset>
  );
}
