import { useTranslation } from 'react-i18next';
import { LANGS } from '../../../shared/i18n/langs';
import { switchLanguage } from '../i18n/i18n';

/** ES / PT / EN: each button names its language in that language, for whoever cannot read the current one. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switcher" role="group" aria-label={t('header.language')}>
      {LANGS.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          aria-pressed={i18n.language === lang}
          title={t(`vocab:lang.${lang}`, { lng: lang })}
          onClick={() => void switchLanguage(lang)}
        >
          {lang.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
