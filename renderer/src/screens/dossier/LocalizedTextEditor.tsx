import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/fields/TextField';
import { LANGS, type Lang } from '../../../../shared/i18n/langs';
import { languagesPresent, type LocalizedText } from '../../../../shared/text/localized';

type Props = { label: string; value: LocalizedText; onSave: (value: LocalizedText) => Promise<void> };

/** One text in up to three languages: a tab per language, marked when it has text. */
export function LocalizedTextEditor({ label, value, onSave }: Props) {
  const { t, i18n } = useTranslation();
  // Its own ids: a screen may hold several multi-language texts (the UCAP does).
  const uid = useId();
  const present = languagesPresent(value);
  // Open on the interface language, unless it has no text and another one does.
  const interfaceLang = (LANGS as readonly string[]).includes(i18n.language) ? (i18n.language as Lang) : 'en';
  const [lang, setLang] = useState<Lang>(() => (present.length === 0 || present.includes(interfaceLang) ? interfaceLang : present[0]!));
  return (
    <div className="localized-text">
      <div role="tablist" aria-label={label} className="tabs">
        {LANGS.map((l) => (
          <button key={l} type="button" role="tab" id={`${uid}-tab-${l}`} aria-selected={lang === l} aria-controls={`${uid}-panel`} onClick={() => setLang(l)}>
            {t(`vocab:lang.${l}`)} {present.includes(l) ? <span aria-label={t('dossier.hasText')}>●</span> : <span className="missing">{t('dossier.missing')}</span>}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${uid}-panel`} aria-labelledby={`${uid}-tab-${lang}`} lang={lang}>
        <TextField key={lang} label={`${label} (${t(`vocab:lang.${lang}`)})`} value={value[lang] ?? ''} multiline rows={6} onSave={(text) => onSave({ ...value, [lang]: text })} />
      </div>
    </div>
  );
}
