import enUi from './en/ui.json';
import enErrors from './en/errors.json';
import enVocab from './en/vocab.json';
import enDoc from './en/doc.json';
import esUi from './es/ui.json';
import esErrors from './es/errors.json';
import esVocab from './es/vocab.json';
import esDoc from './es/doc.json';
import ptUi from './pt/ui.json';
import ptErrors from './pt/errors.json';
import ptVocab from './pt/vocab.json';
import ptDoc from './pt/doc.json';
import enStakeholders from './en/stakeholders.json';
import enMissions from './en/missions.json';
import enSync from './en/sync.json';
import esStakeholders from './es/stakeholders.json';
import esMissions from './es/missions.json';
import esSync from './es/sync.json';
import ptStakeholders from './pt/stakeholders.json';
import ptMissions from './pt/missions.json';
import ptSync from './pt/sync.json';
import enUcap from './en/ucap.json';
import esUcap from './es/ucap.json';
import ptUcap from './pt/ucap.json';
import enAutobackup from './en/autobackup.json';
import esAutobackup from './es/autobackup.json';
import ptAutobackup from './pt/autobackup.json';
import enExchange from './en/exchange.json';
import esExchange from './es/exchange.json';
import ptExchange from './pt/exchange.json';
import type { Lang } from '../shared/i18n/langs';

// Every string a user reads, by language and namespace. Bundled, not fetched:
// the app must speak all three languages with no network.
export const NAMESPACES = ['ui', 'errors', 'vocab', 'doc', 'stakeholders', 'missions', 'sync', 'ucap', 'autobackup', 'exchange'] as const;
export type Namespace = (typeof NAMESPACES)[number];

export const RESOURCES: Record<Lang, Record<Namespace, Record<string, unknown>>> = {
  en: { ui: enUi, errors: enErrors, vocab: enVocab, doc: enDoc, stakeholders: enStakeholders, missions: enMissions, sync: enSync, ucap: enUcap, autobackup: enAutobackup, exchange: enExchange },
  es: { ui: esUi, errors: esErrors, vocab: esVocab, doc: esDoc, stakeholders: esStakeholders, missions: esMissions, sync: esSync, ucap: esUcap, autobackup: esAutobackup, exchange: esExchange },
  pt: { ui: ptUi, errors: ptErrors, vocab: ptVocab, doc: ptDoc, stakeholders: ptStakeholders, missions: ptMissions, sync: ptSync, ucap: ptUcap, autobackup: ptAutobackup, exchange: ptExchange },
};
