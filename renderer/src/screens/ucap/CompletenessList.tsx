import { useTranslation } from 'react-i18next';
import type { Issue } from '../../../../shared/ucap/completeness';
import { anchorId } from '../../../../shared/ucap/content';
import { jumpTo } from './Anchor';

/** What is missing or inconsistent; each item jumps to its place and focuses the field. */
export function CompletenessList({ issues }: { issues: Issue[] }) {
  const { t } = useTranslation('ucap');
  return (
    <section aria-labelledby="ucap-h-check" className="ucap-check">
      <h2 id="ucap-h-check">{t('check.heading')}</h2>
      {issues.length === 0 ? (
        <p className="ucap-ok" role="status">{t('check.complete')}</p>
      ) : (
        <>
          <p className="hint" role="status">{t('check.count', { count: issues.length })}</p>
          <ul className="ucap-issues">
            {issues.map((issue, i) => (
              <li key={`${issue.code}-${issue.target.recordId ?? issue.target.section}-${i}`}>
                <button type="button" className="link" onClick={() => jumpTo(anchorId(issue.target))}>
                  <span className="ucap-issue-section">{t(`sections.${issue.target.section}`)}</span> <span className="ucap-issue-text" dir="auto">{t(`check.issue.${issue.code}`, issue.params)}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
