import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/fields/TextField';
import { CountrySelect } from '../../components/CountrySelect';
import { newId } from '../../../../shared/ids';
import type { PairingSide } from '../../../../shared/model/pairing';
import type { Side } from '../../../../shared/model/vocabularies';
import { ValidationError } from '../../../../shared/model/validation';
import { useFieldErrorText } from '../../components/fields/useFieldErrorText';

type Props = { side: Side; value: PairingSide; onSave: (value: PairingSide) => Promise<void> };

/** The municipalities or regions of one side, and which of them leads. */
export function SideEditor({ side, value, onSave }: Props) {
  const { t } = useTranslation();
  const errorText = useFieldErrorText();
  const [adding, setAdding] = useState({ name: '', country: '' });
  const [addError, setAddError] = useState<string | undefined>();
  const saveMunicipality = (id: string, patch: { name?: string; country?: string }) =>
    onSave({ ...value, municipalities: value.municipalities.map((m) => (m.id === id ? { ...m, ...patch } : m)) });

  const add = async (e: React.FormEvent) => {
    e.preventDefault();
    const municipality = { id: newId(), ...adding };
    try {
      await onSave({ ...value, municipalities: [...value.municipalities, municipality] });
      setAdding({ name: '', country: '' });
      setAddError(undefined);
    } catch (error) {
      if (error instanceof ValidationError) setAddError(errorText(error.errors[0]));
    }
  };

  return (
    <fieldset className="side-editor" data-side={side}>
      <legend>{t(`vocab:side.${side}`)}</legend>
      <ul className="municipalities">
        {value.municipalities.map((m, index) => (
          <li key={m.id} className="municipality">
            <TextField label={t('dossier.municipality', { n: index + 1 })} value={m.name} required onSave={(name) => saveMunicipality(m.id, { name })} />
            <CountrySelect side={side} label={t('common.country')} value={m.country} onChange={(country) => void saveMunicipality(m.id, { country }).catch(() => undefined)} />
            <label className="radio">
              <input type="radio" name={`lead-${side}`} checked={value.leadId === m.id} onChange={() => void onSave({ ...value, leadId: m.id })} />
              {t('dossier.lead')}
            </label>
            <button
              type="button"
              className="icon"
              disabled={value.municipalities.length === 1}
              aria-label={t('dossier.removeMunicipality', { name: m.name })}
              title={t('dossier.removeMunicipality', { name: m.name })}
              onClick={() => {
                const rest = value.municipalities.filter((x) => x.id !== m.id);
                void onSave({ municipalities: rest, leadId: value.leadId === m.id ? rest[0]!.id : value.leadId });
              }}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form className="inline-add" onSubmit={add} noValidate>
        <div className="field">
          <label htmlFor={`add-${side}-name`}>{t('dossier.addMunicipality')}</label>
          <input id={`add-${side}-name`} dir="auto" value={adding.name} onChange={(e) => setAdding((a) => ({ ...a, name: e.target.value }))} />
        </div>
        <CountrySelect side={side} label={t('common.country')} value={adding.country} onChange={(country) => setAdding((a) => ({ ...a, country }))} />
        <button type="submit">{t('common.add')}</button>
        {addError ? <p className="error" role="alert">{addError}</p> : null}
      </form>
    </fieldset>
  );
}
