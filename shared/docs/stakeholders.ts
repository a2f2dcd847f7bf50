import type { Document, FileChild } from 'docx';
import type { Label, Lang } from '../i18n/langs';
import { pairingName, type Pairing } from '../model/pairing';
import { displayName, type Stakeholder } from '../stakeholders/schema';
import { STAKEHOLDER_GROUPS } from '../stakeholders/vocabularies';
import { createDocument } from './base';
import { DOCUMENT_LOCALES } from './styles';
import { writtenIn } from './other-language';
import { dataTable, type CellValue } from './tables';
import { heading, nonBlank, note, textParagraphs } from './text';

export type StakeholderDocumentInput = {
  pairing: Pick<Pairing, 'eu' | 'lac'>;
  stakeholders: readonly Stakeholder[];
  lang: Lang;
  t: Label;
};

/** A side by its places ("Barranquilla + Soledad"), shorter and plainer than "Latin-American and Caribbean side". */
function sideName(pairing: Pick<Pairing, 'eu' | 'lac'>, side: 'eu' | 'lac'): string {
  return pairing[side].municipalities.map((m) => m.name).join(' + ');
}

type Ctx = { lang: Lang; t: Label };

// Names, organisations and contact details are proper names and stay as typed;
// the role, the tags and the notes are in the stakeholder's writtenIn language,
// marked when that is not the document's.

/** Name, organisation and role, each on its line. */
function whoCell(s: Stakeholder, ctx: Ctx): CellValue {
  return { lines: nonBlank([s.name, s.organisation, writtenIn(s.role, s.writtenIn, ctx)]) };
}

/** Tags, then notes: one language, so one mark after them. */
function tagsNotesCell(s: Stakeholder, ctx: Ctx): CellValue {
  return writtenIn(nonBlank([s.tags.join(', '), s.notes]).join('\n'), s.writtenIn, ctx);
}

function contactCell(s: Stakeholder, t: Label): string {
  const languages = s.languages.length > 0 ? `${t('stakeholders:field.languages')}: ${s.languages.join(', ')}` : '';
  return [s.email, s.phone, s.website, s.address, languages].filter((x) => x.trim() !== '').join('\n');
}

/**
 * The stakeholder register as a landscape Word document: one heading per
 * group, in the vocabulary's order, each with a table of its actors sorted by
 * name in the document's language. A pure function of its input.
 */
export function buildStakeholderDocument({ pairing, stakeholders, lang, t }: StakeholderDocumentInput): Document {
  const name = pairingName(pairing);
  const ctx: Ctx = { lang, t };
  const collator = new Intl.Collator(DOCUMENT_LOCALES[lang], { sensitivity: 'base', numeric: true });
  const live = stakeholders.filter((s) => !s.deleted);
  const headers = [t('stakeholders:doc.who'), t('stakeholders:field.side'), t('stakeholders:doc.contact'), t('stakeholders:doc.powerInterest'), t('stakeholders:doc.engagementStance'), t('stakeholders:doc.tagsNotes')];
  const body: FileChild[] = [...textParagraphs(t('stakeholders:doc.intro')), ...textParagraphs(t('stakeholders:doc.count', { count: live.length }))];
  if (live.length === 0) body.push(note(t('stakeholders:doc.none')));
  for (const group of STAKEHOLDER_GROUPS) {
    const members = live.filter((s) => s.group === group).sort((a, b) => collator.compare(displayName(a), displayName(b)));
    if (members.length === 0) continue;
    body.push(
      heading(`${t(`stakeholders:group.${group}`)} (${members.length})`, 1),
      dataTable(
        headers,
        members.map((s) => [
          whoCell(s, ctx),
          sideName(pairing, s.side),
          contactCell(s, t),
          `${s.power} / ${s.interest}`,
          `${t(`stakeholders:engagement.${s.engagement}`)}\n${t(`stakeholders:stance.${s.stance}`)}`,
          tagsNotesCell(s, ctx),
        ]),
        { weights: [3.2, 1.6, 3.2, 1, 1.6, 3.4], landscape: true },
      ),
    );
  }
  return createDocument({
    lang,
    t,
    title: `${t('stakeholders:doc.title')} · ${name}`,
    subject: t('stakeholders:doc.title'),
    headerText: `${t('stakeholders:doc.title')} · ${name}`,
    landscape: true,
    children: body,
  });
}
