import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../db/db-context';
import { listPartners, partnerKey, partnerName, type Partner } from '../../backup/exchange-ledger';
import { formatDate } from '../../backup/format-date';

// Who receives a pairings file, and whether it holds everything or only what
// changed since the last file for them (the device's exchange ledger).

export type PartnerChoice = { partner: string; onlyChanges: boolean };

/** Every partner with an earlier file, the most recent first; undefined while loading. */
export function usePartners(): Partner[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listPartners(db), [db]);
}

/** What "only what changed" would do with these pairings for this partner: which have an earlier file (and its date) and which go whole. */
export function limitFor(partners: readonly Partner[], typed: string, chosen: readonly { id: string; name: string }[]) {
  const partner = partners.find((p) => p.key === partnerKey(typed));
  const earlier = chosen.filter((c) => partner?.pairings[c.id] !== undefined).map((c) => ({ ...c, sentAt: partner!.pairings[c.id]! }));
  const whole = chosen.filter((c) => partner?.pairings[c.id] === undefined);
  return { earlier, whole, possible: partnerName(typed) !== '' && earlier.length > 0 };
}

type Props = {
  value: PartnerChoice;
  onChange: (next: PartnerChoice) => void;
  /** The pairings chosen for the file, with their names. */
  chosen: readonly { id: string; name: string }[];
  partners: readonly Partner[];
  disabled: boolean;
};

export function PartnerFields({ value, onChange, chosen, partners, disabled }: Props) {
  const { t, i18n } = useTranslation('exchange');
  const id = useId();
  const date = (millis: number) => formatDate(millis, i18n.language);
  const name = partnerName(value.partner);
  const { earlier, whole, possible } = limitFor(partners, value.partner, chosen);
  const onlyChanges = value.onlyChanges && possible;
  const dates = [...new Set(earlier.map((e) => date(e.sentAt)))];
  const why = !name ? t('export.changesNeedPartner') : chosen.length > 0 && !possible ? t('export.changesNoEarlier', { partner: name }) : null;
  return (
    <>
      <div className="field exchange-partner">
        <label htmlFor={`${id}-partner`}>{t('export.partner')}</label>
        <input
          id={`${id}-partner`}
          type="text"
          autoComplete="off"
          dir="auto"
          value={value.partner}
          disabled={disabled}
          aria-describedby={`${id}-partner-hint`}
          onChange={(e) => onChange({ ...value, partner: e.target.value })}
        />
        <p id={`${id}-partner-hint`} className="hint">
          {t('export.partnerHint')}
        </p>
      </div>
      {partners.length > 0 ? (
        <div role="group" aria-labelledby={`${id}-previous`} className="exchange-previous">
          <p id={`${id}-previous`} className="field-label">
            {t('export.previous')}
          </p>
          <ul>
            {partners.map((p) => (
              <li key={p.key}>
                <button type="button" className="link" disabled={disabled} onClick={() => onChange({ ...value, partner: p.name })}>
                  {t('export.previousPartner', { name: p.name, date: date(p.lastSentAt) })}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <fieldset className="exchange-pairings">
        <legend>{t('export.what')}</legend>
        <label className="checkbox">
          <input type="radio" name={`${id}-what`} checked={!onlyChanges} disabled={disabled} onChange={() => onChange({ ...value, onlyChanges: false })} />
          <span>{t('export.everything')}</span>
        </label>
        <label className="checkbox">
          <input
            type="radio"
            name={`${id}-what`}
            checked={onlyChanges}
            disabled={disabled || !possible}
            aria-describedby={`${id}-what-hint`}
            onChange={() => onChange({ ...value, onlyChanges: true })}
          />
          <span>
            {!possible
              ? t('export.changesUnavailable')
              : dates.length === 1
                ? t('export.changes', { date: dates[0], partner: name })
                : t('export.changesMixed', { partner: name })}
          </span>
        </label>
        <div id={`${id}-what-hint`} className="hint">
          {why ? <p>{why}</p> : null}
          {possible && dates.length > 1 ? (
            <ul>
              {earlier.map((e) => (
                <li key={e.id} dir="auto">
                  {t('export.changesPairing', { name: e.name, date: date(e.sentAt) })}
                </li>
              ))}
            </ul>
          ) : null}
          {possible && whole.length > 0 ? <p>{t('export.wholeFor', { count: whole.length, names: new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(whole.map((w) => w.name)), partner: name })}</p> : null}
        </div>
      </fieldset>
    </>
  );
}
