import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../components/Modal';
import { CountrySelect } from '../../components/CountrySelect';
import { useDb } from '../../db/db-context';
import { createPairing, type NewMunicipality } from '../../db/pairings-repo';
import { useSave } from '../../hooks/useSave';
import { navigate } from '../../hooks/useRoute';
import { ValidationError, type FieldError } from '../../../../shared/model/validation';
import { useFieldErrorText } from '../../components/fields/useFieldErrorText';
import type { Side } from '../../../../shared/model/vocabularies';
import { FormFooter } from '../../components/FormFooter';

type Draft = Record<Side, NewMunicipality>;

/** Starts a dossier with one municipality on each side; the rest is filled in on the dossier. */
export function NewPairingDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const db = useDb();
  const save = useSave();
  const errorText = useFieldErrorText();
  const [draft, setDraft] = useState<Draft>({ eu: { name: '', country: '' }, lac: { name: '', country: '' } });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const set = (side: Side, patch: Partial<NewMunicipality>) => setDraft((d) => ({ ...d, [side]: { ...d[side], ...patch } }));
  const errorFor = (side: Side, field: 'name' | 'country') => errorText(errors.find((e) => e.path === `${side}.municipalities.0.${field}`));

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    try {
      const id = await save(() => createPairing(db, draft.eu, draft.lac));
      onClose();
      navigate({ screen: 'pairing', id });
    } catch (error) {
      if (error instanceof ValidationError) setErrors(error.errors);
    }
  };

  return (
    <Modal title={t('newPairing.title')} onClose={onClose}>
      <form onSubmit={submit} noValidate className="new-pairing">
        <p className="hint">{t('newPairing.intro')}</p>
        {(['lac', 'eu'] as const).map((side) => (
          <fieldset key={side}>
            <legend>{t(`vocab:side.${side}`)}</legend>
            <div className="field">
              <label htmlFor={`new-${side}-name`}>{t('newPairing.municipality')}</label>
              <input
                id={`new-${side}-name`}
                dir="auto"
                value={draft[side].name}
                onChange={(e) => set(side, { name: e.target.value })}
                aria-invalid={errorFor(side, 'name') ? true : undefined}
                placeholder={t(`newPairing.placeholder.${side}`)}
              />
              {errorFor(side, 'name') ? <p className="error" role="alert">{errorFor(side, 'name')}</p> : null}
            </div>
            <CountrySelect side={side} label={t('common.country')} value={draft[side].country} onChange={(country) => set(side, { country })} />
            {errorFor(side, 'country') ? <p className="error" role="alert">{errorFor(side, 'country')}</p> : null}
          </fieldset>
        ))}
        <FormFooter submitLabel={t('newPairing.create')} onCancel={onClose} />
      </form>
    </Modal>
  );
}
