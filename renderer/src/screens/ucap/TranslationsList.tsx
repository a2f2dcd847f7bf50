import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../../shared/i18n/langs';
import { anchorId } from '../../../../shared/ucap/content';
import type { MissingTranslation } from '../../../../shared/ucap/translations';
import { jumpTo } from './Anchor';
import { languageName } from '../../components/display-names';

/** The texts still to translate into the language being written; each jumps to its field. */
export function TranslationsList({ lang, missing }: { lang: Lang; missing: MissingTranslation[] }) {
  const { t, i18n } = useTranslation('ucap');
  return (
    <section aria-labelledby="ucap-h-translations" className="ucap-check">
      <h2 id="ucap-h-translations">{t('translations.heading', { lang: t(`lang.${lang}`) })}</h2>
      {missing.length === 0 ? (
        <p className="ucap-ok">{t('translations.none')}</p>
      ) : (
        <ul className="ucap-issues">
          {missing.map((m) => (
            <li key={anchorId(m.target)}>
              <button type="button" className="link" onClick={() => jumpTo(anchorId(m.target))}>
                <span className="ucap-issue-section">{t(`sections.${m.target.section}`)}</span> <span className="ucap-issue-text" dir="auto" lang={m.sourceLang}>“{m.source.length > 60 ? `${m.source.slice(0, 60)}…` : m.source}”</span> ({languageName(m.sourceLang, i18n.language)})
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
