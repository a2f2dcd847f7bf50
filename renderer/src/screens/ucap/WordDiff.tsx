import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { diffWords } from 'diff';
import type { Lang } from '../../../../shared/i18n/langs';

/**
 * One text as it changed between two versions, word by word (jsdiff's
 * diffWords, cutting words as the text's language does). Added and removed
 * words are <ins> and <del>, each preceded by a visually hidden "added:" or
 * "removed:" in the interface language, since screen readers do not say
 * what ins and del mean.
 */
export function WordDiff({ before, after, lang }: { before: string; after: string; lang: Lang }) {
  const { t } = useTranslation('ucap');
  const parts = useMemo(() => diffWords(before, after, { intlSegmenter: new Intl.Segmenter(lang, { granularity: 'word' }) }), [before, after, lang]);
  return (
    <p className="ucap-word-diff" lang={lang} dir="auto">
      {parts.map((part, i) =>
        part.added ? (
          <ins key={i}>
            <span className="visually-hidden">{t('snapshots.diff.inserted')} </span>
            {part.value}
          </ins>
        ) : part.removed ? (
          <del key={i}>
            <span className="visually-hidden">{t('snapshots.diff.deleted')} </span>
            {part.value}
          </del>
        ) : (
          <span key={i}>{part.value}</span>
        ),
      )}
    </p>
  );
}
