import { useTranslation } from 'react-i18next';
import type { UcapObjective } from '../../../../shared/ucap/items';
import { OBJECTIVE_LEVELS } from '../../../../shared/ucap/vocab';
import { newObjectiveFields } from '../../../../shared/ucap/defaults';
import { pickText } from '../../../../shared/text/localized';
import { LocalizedArea } from './LocalizedArea';
import { Anchor } from './Anchor';
import { useUcapEditor } from './UcapContext';

/** General and specific objectives, each a short text in several languages. */
export function ObjectivesSection({ objectives }: { objectives: UcapObjective[] }) {
  const { t } = useTranslation('ucap');
  const { actions, lang } = useUcapEditor();
  const nextOrder = objectives.reduce((max, o) => Math.max(max, o.order + 1), 0);
  return (
    <section aria-labelledby="ucap-h-objectives" className="card">
      <h2 id="ucap-h-objectives">{t('sections.objectives')}</h2>
      {OBJECTIVE_LEVELS.map((level) => {
        const list = objectives.filter((o) => o.level === level);
        return (
          <div key={level} className="ucap-group">
            <h3>{t(`objectiveLevel.${level}`)}</h3>
            {list.length === 0 ? <p className="hint">{t('objectives.none')}</p> : null}
            <ol className="ucap-entries">
              {list.map((o, i) => (
                <li key={o.id} className="ucap-entry">
                  <LocalizedArea label={t('objectives.title', { n: i + 1 })} value={o.title} section="objectives" recordId={o.id} field="title" rows={2} onSave={(title) => actions.update('ucapObjective', o.id, { title })} />
                  <button type="button" className="danger-link" onClick={() => void actions.remove('ucapObjective', o.id, t('objectives.removed', { title: pickText(o.title, lang).text || t('untitled') }))}>
                    {t('remove')}
                  </button>
                </li>
              ))}
            </ol>
          </div>
        );
      })}
      <Anchor section="objectives" className="ucap-add">
        {OBJECTIVE_LEVELS.map((level) => (
          <button key={level} type="button" onClick={() => void actions.add('ucapObjective', newObjectiveFields(level, nextOrder))}>
            {t(`objectives.add.${level}`)}
          </button>
        ))}
      </Anchor>
    </section>
  );
}
