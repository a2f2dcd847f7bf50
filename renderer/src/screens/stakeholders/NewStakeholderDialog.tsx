import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../components/Modal';
import { useDb } from '../../db/db-context';
import { createStakeholder } from '../../db/stakeholders-repo';
import { useSave } from '../../hooks/useSave';
import { useFieldErrorText } from '../../components/fields/useFieldErrorText';
import { SIDES, type Side } from '../../../../shared/model/vocabularies';
import { ValidationError } from '../../../../shared/model/validation';
import { STAKEHOLDER_GROUPS, type StakeholderGroup } from '../../../../shared/stakeholders/vocabularies';
import { FormFooter } from '../../components/FormFooter';

/** Asks for who the stakeholder is, creates it, and hands its id on so its editor opens. */
export function NewStakeholderDialog({ pairingId, onClose, onCreated }: { pairingId: string; onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation('stakeholders');
  const db = useDb();
  const save = useSave();
  const errorText = useFieldErrorText();
  const id = useId();
  const [draft, setDraft] = useState({ name: '', organisation: '', side: 'lac' as Side, group: 'civil-society' as StakeholderGroup });
  const [error, setError] = useState<string | undefined>();
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    try {
      const created = await save(() => createStakeholder(db, pairingId, draft));
      onCreated(created);
    } catch (err) {
      if (err instanceof ValidationError) setError(errorText(err.errors[0]));
    }
  };
  return (
    <Modal title={t('addTitle')} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('field.name')}</label>
          <input id={`${id}-name`} dir="auto" value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} aria-invalid={error ? true : undefined} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-org`}>{t('field.organisation')}</label>
          <input id={`${id}-org`} dir="auto" value={draft.organisation} onChange={(e) => setDraft({ ...draft, organisation: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-side`}>{t('field.side')}</label>
          <select id={`${id}-side`} value={draft.side} onChange={(e) => setDraft({ ...draft, side: e.target.value as Side })}>
            {SIDES.map((s) => (
              <option key={s} value={s}>
                {t(`vocab:side.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-group`}>{t('field.group')}</label>
          <select id={`${id}-group`} value={draft.group} onChange={(e) => setDraft({ ...draft, group: e.target.value as StakeholderGroup })}>
            {STAKEHOLDER_GROUPS.map((g) => (
              <option key={g} value={g}>
                {t(`group.${g}`)}
              </option>
            ))}
          </select>
        </div>
        {error ? (
          <p className="error" role="alert">
            {error}
          </p>
        ) : null}
        <FormFooter submitLabel={t('create')} onCancel={onClose} />
      </form>
    </Modal>
  );
}
