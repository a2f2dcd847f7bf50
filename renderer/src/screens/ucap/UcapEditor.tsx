import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileText } from 'lucide-react';
import { LANGS, isLang, type Lang } from '../../../../shared/i18n/langs';
import type { Pairing } from '../../../../shared/model/pairing';
import type { UcapContent } from '../../../../shared/ucap/content';
import { checkCompleteness } from '../../../../shared/ucap/completeness';
import { missingTranslations } from '../../../../shared/ucap/translations';
import { isEditable } from '../../../../shared/ucap/workflow';
import { UcapEditorContext, type UcapEditorState } from './UcapContext';
import { useUcapActions } from './useUcapActions';
import { StatusPanel } from './StatusPanel';
import { CompletenessList } from './CompletenessList';
import { TranslationsList } from './TranslationsList';
import { ContextSection, SustainabilitySection } from './ContextSection';
import { ObjectivesSection } from './ObjectivesSection';
import { ActionsSection } from './ActionsSection';
import { TimelineSection } from './TimelineSection';
import { IndicatorsSection } from './IndicatorsSection';
import { BudgetSection } from './BudgetSection';
import { RisksSection } from './RisksSection';
import { CommunicationSection } from './CommunicationSection';
import { SnapshotsPanel } from './SnapshotsPanel';
import { UcapExportDialog } from './UcapExportDialog';
import { afterDroppingDrafts } from '../../components/fields/unsaved-drafts';
import { SectionOutline } from '../../components/SectionOutline';
import { AfterFirstPaint } from '../../components/AfterFirstPaint';

/** The whole UCAP: status, checks, and every section, written in one chosen language at a time. */
export function UcapEditor({ content, pairing }: { content: UcapContent; pairing: Pairing }) {
  const { t, i18n } = useTranslation('ucap');
  const [lang, setLang] = useState<Lang>(isLang(i18n.language) ? i18n.language : 'es');
  const [exporting, setExporting] = useState(false);
  const actions = useUcapActions(content.plan);
  const readOnly = !isEditable(content.plan);
  const state = useMemo<UcapEditorState>(() => ({ lang, readOnly, actions }), [lang, readOnly, actions]);
  const issues = checkCompleteness(content, pairing, isLang(i18n.language) ? i18n.language : lang);
  const missing = missingTranslations(content, lang);
  return (
    <UcapEditorContext.Provider value={state}>
      <div className="card ucap-top">
        <div className="ucap-top-row">
          <StatusPanel content={content} pairing={pairing} />
          <button type="button" onClick={() => setExporting(true)}><FileText aria-hidden="true" size={16} />{t('export.button')}</button>
        </div>
        <fieldset className="ucap-writing">
          <legend>{t('writingIn')}</legend>
          {LANGS.map((l) => (
            <label key={l} className="checkbox">
              <input type="radio" name="ucap-writing-lang" value={l} checked={lang === l} onChange={() => afterDroppingDrafts(undefined, () => setLang(l))} />
              <span>{t(`lang.${l}`)}</span>
            </label>
          ))}
        </fieldset>
        <div className="ucap-checks">
          <CompletenessList issues={issues} />
          <TranslationsList lang={lang} missing={missing} />
        </div>
      </div>
      <SectionOutline label={t('ui:outline.label')} scope="main.ucap" headings=":scope .ucap-sections section > h2[id], #ucap-h-snapshots" />
      <fieldset className="ucap-sections" disabled={readOnly} aria-label={t('sectionsLabel')}>
        <ContextSection plan={content.plan} />
        <ObjectivesSection objectives={content.objectives} />
        {/* The sections below the first screenful are made once it is on screen; the outline picks their headings up as they come. */}
        <AfterFirstPaint>
          <ActionsSection list={content.actions} objectives={content.objectives} />
          <TimelineSection list={content.actions} period={pairing} />
          <IndicatorsSection indicators={content.indicators} objectives={content.objectives} actionList={content.actions} />
          <BudgetSection plan={content.plan} lines={content.budgetLines} rates={content.rates} actionList={content.actions} />
          <RisksSection risks={content.risks} />
          <CommunicationSection plan={content.plan} items={content.commItems} />
          <SustainabilitySection plan={content.plan} />
        </AfterFirstPaint>
      </fieldset>
      <AfterFirstPaint>
        <SnapshotsPanel content={content} />
      </AfterFirstPaint>
      {exporting ? <UcapExportDialog pairing={pairing} content={content} onClose={() => setExporting(false)} /> : null}
    </UcapEditorContext.Provider>
  );
}
