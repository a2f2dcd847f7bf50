import { useTranslation } from 'react-i18next';
import { LANGS, type Lang } from '../../../../shared/i18n/langs';
import { SelectField } from './SelectField';

type Props = { value: Lang | null | undefined; onSave: (writtenIn: Lang | null) => Promise<void> };

// A record's single-language texts (a role title, partners, findings) are
// taken to be in the interface language it was made in (the write path);
// this says otherwise, so a document in another language marks them rightly.
// "Not said" is for a team writing in a language Ponte does not have.
export function WrittenInField({ value, onSave }: Props) {
  const { t } = useTranslation('ui');
  const options: { value: '' | Lang; label: string }[] = [{ value: '', label: t('writtenIn.unsaid') }, ...LANGS.map((l) => ({ value: l, label: t(`writtenIn.lang.${l}`) }))];
  return (
    <SelectField<'' | Lang>
      className="written-in"
      label={t('writtenIn.label')}
      value={value ?? ''}
      options={options}
      onSave={(v) => onSave(v === '' ? null : v)}
    />
  );
}
