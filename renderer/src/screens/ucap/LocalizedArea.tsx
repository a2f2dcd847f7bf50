import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/fields/TextField';
import { LANGS } from '../../../../shared/i18n/langs';
import { languagesPresent, type LocalizedText } from '../../../../shared/text/localized';
import { anchorId, type UcapSection } from '../../../../shared/ucap/content';
import { useUcapEditor } from './UcapContext';

type Props = {
  label: string;
  value: LocalizedText;
  section: UcapSection;
  recordId: string;
  field: string;
  onSave: (value: LocalizedText) => Promise<void>;
  rows?: number;
};

/**
 * One language of a text written in several: the language being written is
 * edited, the others are kept, and the languages still missing are named.
 */
export function LocalizedArea({ label, value, section, recordId, field, onSave, rows = 3 }: Props) {
  const { t } = useTranslation('ucap');
  const { lang } = useUcapEditor();
  const present = languagesPresent(value);
  const missing = present.length === 0 ? [] : LANGS.filter((l) => !present.includes(l));
  return (
    <div id={anchorId({ section, recordId, field })} lang={lang} className="ucap-localized">
      {/* Keyed by language: a draft typed in one language is saved to it, never to the next one chosen. */}
      <TextField
        key={lang}
        label={`${label} (${lang.toUpperCase()})`}
        value={value[lang] ?? ''}
        multiline={rows > 1}
        rows={rows}
        hint={missing.length ? t('translations.missingIn', { langs: missing.map((l) => l.toUpperCase()).join(', ') }) : undefined}
        onSave={(text) => onSave({ ...value, [lang]: text })}
      />
    </div>
  );
}
