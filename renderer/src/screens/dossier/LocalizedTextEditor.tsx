import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/fields/TextField';
import { LanguageTabs, tabId } from '../../components/fields/LanguageTabs';
import { afterDroppingDrafts } from '../../components/fields/unsaved-drafts';
import { LANGS, type Lang } from '../../../../shared/i18n/langs';
import { languagesPresent, type LocalizedText } from '../../../../shared/text/localized';

type Props = { label: string; value: LocalizedText; onSave: (value: LocalizedText) => Promise<void> };

/** One text in up to three languages: a tab per language, marked when it has text. */
export function LocalizedTextEditor({ label, value, onSave }: Props) {
  const { t, i18n } = useTranslation();
  // Its own ids: a screen may hold several multi-language texts (the UCAP does).
  const uid = useId();
  const fieldId = `${uid}-field`;
  const present = languagesPresent(value);
  // Open on the interface language, unless it has no text and another one does.
  const interfaceLang = (LANGS as readonly string[]).includes(i18n.language) ? (i18n.language as Lang) : 'en';
  const [lang, setLang] = useState<Lang>(() => (present.length === 0 || present.includes(interfaceLang) ? interfaceLang : present[0]!));
  // Another tab shows another language's field: a draft of this one that could not be saved would go, so ask first.
  const select = (next: Lang) => {
    if (next === lang) return;
    afterDroppingDrafts([fieldId], () => setLang(next));
  };
  return (
    <div className="localized-text">
      <LanguageTabs
        label={label}
        langs={LANGS}
        selected={lang}
        onSelect={select}
        idPrefix={uid}
        panelId={`${uid}-panel`}
        tabLabel={(l) => (
          <>
            {t(`vocab:lang.${l}`)} {present.includes(l) ? <span aria-label={t('dossier.hasText')}>●</span> : <span className="missing">{t('dossier.missing')}</span>}
          </>
        )}
      />
      <div role="tabpanel" id={`${uid}-panel`} aria-labelledby={tabId(uid, lang)} lang={lang}>
        <TextField key={lang} id={fieldId} label={`${label} (${t(`vocab:lang.${lang}`)})`} value={value[lang] ?? ''} multiline rows={6} onSave={(text) => onSave({ ...value, [lang]: text })} />
      </div>
    </div>
  );
}
