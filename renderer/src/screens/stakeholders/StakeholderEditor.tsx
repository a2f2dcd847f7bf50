import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../components/Modal';
import { TextField } from '../../components/fields/TextField';
import { SelectField } from '../../components/fields/SelectField';
import { LanguagesField } from './LanguagesField';
import { useDb } from '../../db/db-context';
import { useRecordActions } from '../../hooks/useRecordActions';
import { SIDES, type Side } from '../../../../shared/model/vocabularies';
import { displayName, splitList, type Stakeholder } from '../../../../shared/stakeholders/schema';
import { quadrantOf } from '../../../../shared/stakeholders/quadrant';
import { ENGAGEMENT_LEVELS, SCALE, STAKEHOLDER_GROUPS, STANCES } from '../../../../shared/stakeholders/vocabularies';
import { WrittenInField } from '../../components/fields/WrittenInField';

/** One stakeholder, every field saving itself; delete sends it to the bin with Undo. */
export function StakeholderEditor({ id, pairingId, onClose }: { id: string; pairingId: string; onClose: () => void }) {
  const db = useDb();
  const record = useLiveQuery(() => db.stakeholders.get(id), [db, id]);
  if (!record || record.deleted) return null;
  return <EditorBody record={record} pairingId={pairingId} onClose={onClose} />;
}

function EditorBody({ record: s, pairingId, onClose }: { record: Stakeholder; pairingId: string; onClose: () => void }) {
  const { t } = useTranslation('stakeholders');
  const { update, remove } = useRecordActions('stakeholder', s.id, pairingId);
  const save = (fields: Partial<Stakeholder>) => update(fields);
  const options = <T extends string>(values: readonly T[], prefix: string) => values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));
  const scale = SCALE.map((n) => ({ value: String(n), label: t(`scale.${n}`) }));
  const name = displayName(s);
  return (
    <Modal
      title={name || t('editor.title')}
      onClose={onClose}
      footer={
        <>
          <button
            type="button"
            className="danger"
            onClick={() => {
              onClose();
              void remove({ key: 'stakeholders:editor.deleted', values: { name } });
            }}
          >
            {t('editor.delete')}
          </button>
          <button type="button" className="primary" onClick={onClose}>
            {t('editor.close')}
          </button>
        </>
      }
    >
      <div className="stakeholders-editor">
        <div className="row">
          <TextField className="grow" label={t('field.name')} value={s.name} onSave={(v) => save({ name: v })} />
          <TextField className="grow" label={t('field.organisation')} value={s.organisation} onSave={(v) => save({ organisation: v })} />
        </div>
        <div className="row">
          <TextField className="grow" label={t('field.role')} value={s.role} onSave={(v) => save({ role: v })} />
          <SelectField<Side> label={t('field.side')} value={s.side} options={SIDES.map((v) => ({ value: v, label: t(`vocab:side.${v}`) }))} onSave={(v) => save({ side: v })} />
        </div>
        <SelectField label={t('field.group')} value={s.group} options={options(STAKEHOLDER_GROUPS, 'group')} onSave={(v) => save({ group: v })} />
        <div className="row">
          <TextField className="grow" type="email" label={t('field.email')} value={s.email} onSave={(v) => save({ email: v })} />
          <TextField className="grow" type="tel" label={t('field.phone')} value={s.phone} onSave={(v) => save({ phone: v })} />
        </div>
        <TextField type="url" label={t('field.website')} value={s.website} onSave={(v) => save({ website: v })} />
        <TextField multiline rows={2} label={t('field.address')} value={s.address} onSave={(v) => save({ address: v })} />
        <div className="row">
          <SelectField label={t('field.power')} value={String(s.power)} options={scale} onSave={(v) => save({ power: Number(v) })} />
          <SelectField label={t('field.interest')} value={String(s.interest)} options={scale} onSave={(v) => save({ interest: Number(v) })} />
          <SelectField label={t('field.engagement')} value={s.engagement} options={options(ENGAGEMENT_LEVELS, 'engagement')} onSave={(v) => save({ engagement: v })} />
          <SelectField label={t('field.stance')} value={s.stance} options={options(STANCES, 'stance')} onSave={(v) => save({ stance: v })} />
        </div>
        <p className="hint">{t('editor.quadrant', { quadrant: t(`quadrant.${quadrantOf(s)}`) })}</p>
        <LanguagesField label={t('field.languages')} value={s.languages} onSave={(languages) => void save({ languages }).catch(() => undefined)} />
        <TextField label={t('field.tags')} hint={t('listHint')} value={s.tags.join(', ')} onSave={(v) => save({ tags: splitList(v) })} />
        <TextField multiline label={t('field.notes')} value={s.notes} onSave={(v) => save({ notes: v })} />
        <WrittenInField value={s.writtenIn} onSave={(writtenIn) => save({ writtenIn })} />
      </div>
    </Modal>
  );
}
