import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/fields/TextField';
import { SelectField } from '../../components/fields/SelectField';
import type { UcapRisk } from '../../../../shared/ucap/items';
import { RISK_GRADES, RISK_KINDS } from '../../../../shared/ucap/vocab';
import { newRiskFields } from '../../../../shared/ucap/defaults';
import { pickText } from '../../../../shared/text/localized';
import { LocalizedArea } from './LocalizedArea';
import { Anchor } from './Anchor';
import { useUcapEditor } from './UcapContext';
import { WrittenInField } from '../../components/fields/WrittenInField';

/** Risks and negative externalities (gentrification, mass tourism…), each with likelihood, impact, mitigation and owner. */
export function RisksSection({ risks }: { risks: UcapRisk[] }) {
  const { t } = useTranslation('ucap');
  const { actions, lang } = useUcapEditor();
  const nextOrder = risks.reduce((max, r) => Math.max(max, r.order + 1), 0);
  const grades = RISK_GRADES.map((g) => ({ value: g, label: t(`grade.${g}`) }));
  return (
    <section aria-labelledby="ucap-h-risks" className="card">
      <h2 id="ucap-h-risks">{t('sections.risks')}</h2>
      {risks.length === 0 ? <p className="hint">{t('risks.none')}</p> : null}
      {risks.map((r, i) => {
        const update = (fields: Partial<UcapRisk>) => actions.update('ucapRisk', r.id, fields);
        const title = pickText(r.title, lang).text;
        return (
          <article key={r.id} className="ucap-entry" aria-label={title || t('risks.label', { n: i + 1 })}>
            <LocalizedArea label={t('risks.title')} value={r.title} section="risks" recordId={r.id} field="title" rows={1} onSave={(v) => update({ title: v })} />
            <div className="row">
              <SelectField label={t('risks.kind')} value={r.kind} options={RISK_KINDS.map((k) => ({ value: k, label: t(`riskKind.${k}`) }))} onSave={(kind) => update({ kind })} />
              <SelectField label={t('risks.likelihood')} value={r.likelihood} options={grades} onSave={(likelihood) => update({ likelihood })} />
              <SelectField label={t('risks.impact')} value={r.impact} options={grades} onSave={(impact) => update({ impact })} />
              <TextField label={t('risks.owner')} value={r.owner} onSave={(owner) => update({ owner })} />
              <WrittenInField value={r.writtenIn} onSave={(writtenIn) => update({ writtenIn })} />
            </div>
            <LocalizedArea label={t('risks.mitigation')} value={r.mitigation} section="risks" recordId={r.id} field="mitigation" rows={3} onSave={(v) => update({ mitigation: v })} />
            <button type="button" className="danger-link" onClick={() => void actions.remove('ucapRisk', r.id, t('risks.removed', { title: title || t('risks.label', { n: i + 1 }) }))}>{t('remove')}</button>
          </article>
        );
      })}
      <Anchor section="risks" className="ucap-add">
        {RISK_KINDS.map((k) => (
          <button key={k} type="button" onClick={() => void actions.add('ucapRisk', newRiskFields(k, nextOrder))}>{t(`risks.add.${k}`)}</button>
        ))}
      </Anchor>
    </section>
  );
}
