import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { TextField } from '../../components/fields/TextField';
import { SelectField } from '../../components/fields/SelectField';
import { useDb } from '../../db/db-context';
import { useRecordActions } from '../../hooks/useRecordActions';
import { useSave } from '../../hooks/useSave';
import { FilePicker } from '../../components/FilePicker';
import { addPhoto, PHOTO_TYPES, PhotoRejectedError } from '../../attachments/add-photo';
import { storageUsed } from '../../attachments/blob-store';
import { browserThumbnailer } from '../../attachments/thumbnail';
import { useBlobUrl } from './useBlobUrl';
import { formatBytes } from './format';
import { formatDate } from '../../../../shared/model/dates';
import type { AgendaItem } from '../../../../shared/missions/agenda-item';
import type { Mission } from '../../../../shared/missions/mission';
import type { Photo } from '../../../../shared/missions/report';

function PhotoCard({ photo, items }: { photo: Photo; items: AgendaItem[] }) {
  const { t, i18n } = useTranslation('missions');
  const { update, remove } = useRecordActions('photo', photo.id, photo.pairingId);
  const url = useBlobUrl(photo.thumbSha256);
  const label = photo.caption || photo.fileName;
  return (
    <li className="missions-photo" aria-label={label}>
      {url === 'missing' || url === 'corrupt' ? (
        <div className="missions-photo-missing">{t(`photos.${url}`)}</div>
      ) : url ? (
        <img src={url} alt={photo.caption || t('photos.noCaption')} />
      ) : (
        <div className="missions-photo-missing" aria-busy="true" />
      )}
      <TextField label={t('photos.caption')} value={photo.caption} onSave={(caption) => update({ caption })} />
      <SelectField
        label={t('photos.item')}
        value={photo.agendaItemId ?? ''}
        options={[{ value: '', label: t('photos.noItem') }, ...items.map((i) => ({ value: i.id, label: `${formatDate(i.date, i18n.language, 'medium')} ${i.start} · ${i.title}` }))]}
        onSave={(id) => update({ agendaItemId: id === '' ? null : id })}
      />
      <button type="button" className="danger-link" onClick={() => void remove({ key: 'missions:photos.deleted', values: { name: label } })}>
        {t('photos.delete')}
      </button>
    </li>
  );
}

/** Photos from files, stored on this device by hash, each with a caption and the agenda item it shows. */
export function PhotosSection({ mission, photos, items }: { mission: Mission; photos: Photo[]; items: AgendaItem[] }) {
  const { t, i18n } = useTranslation('missions');
  const db = useDb();
  const save = useSave();
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const used = useLiveQuery(() => storageUsed(db), [db, photos.length]);
  const add = async (files: File[]) => {
    setBusy(true);
    const problems: string[] = [];
    for (const file of files) {
      try {
        await save(() => addPhoto(db, mission, file, browserThumbnailer));
      } catch (e) {
        if (e instanceof PhotoRejectedError) problems.push(t(`photos.rejected.${e.reason}`, { name: file.name, ...e.params }));
      }
    }
    setErrors(problems);
    setBusy(false);
  };
  const sorted = [...photos].sort((a, b) => a.id.localeCompare(b.id));
  return (
    <section aria-labelledby="mission-photos" className="card missions-photos">
      <h2 id="mission-photos">{t('photos.heading')}</h2>
      <div className="row missions-no-print">
        <FilePicker label={t('photos.add')} accept={PHOTO_TYPES.join(',')} multiple disabled={busy} onFiles={(files) => void add(files)} />
        <p className="hint">{used ? t('photos.storage', { size: formatBytes(used.bytes, i18n.language), count: used.files }) : null}</p>
      </div>
      <p className="hint">{t('photos.syncNote')}</p>
      {errors.map((e) => (
        <p key={e} className="error" role="alert">{e}</p>
      ))}
      {busy ? <p role="status">{t('photos.adding')}</p> : null}
      <ul className="missions-photo-grid">
        {sorted.map((p) => (
          <PhotoCard key={p.id} photo={p} items={items} />
        ))}
      </ul>
    </section>
  );
}
