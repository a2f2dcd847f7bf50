import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { languageName } from '../../components/display-names';

// The languages a stakeholder of an EU–LAC pairing most often speaks; any other
// code already on the record (from an import) is offered as well.
const COMMON = ['es', 'pt', 'en', 'fr', 'it', 'de', 'nl', 'ht'] as const;

type Props = { label: string; value: readonly string[]; onSave: (languages: string[]) => void };

/** Checkboxes named in the interface language ("portugués"), saved as language codes. */
export function LanguagesField({ label, value, onSave }: Props) {
  const { i18n } = useTranslation();
  const id = useId();
  const lang = i18n.language;
  const collator = new Intl.Collator(lang);
  const codes = [...new Set([...COMMON, ...value])].sort((a, b) => collator.compare(languageName(a, lang), languageName(b, lang)));
  const toggle = (code: string, on: boolean) => onSave(on ? [...value, code] : value.filter((c) => c !== code));
  return (
    <fieldset className="field languages-field">
      <legend className="field-label">{label}</legend>
      <div className="languages-choices">
        {codes.map((code) => (
          <label key={code} htmlFor={`${id}-${code}`}>
            <input id={`${id}-${code}`} type="checkbox" checked={value.includes(code)} onChange={(e) => toggle(code, e.target.checked)} /> {languageName(code, lang)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
