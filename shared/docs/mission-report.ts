import type { Document, FileChild } from 'docx';
import { agendaDays } from '../missions/agenda-rules';
import type { DocPhoto, MissionDocData } from '../missions/doc-data';
import { isOverdue, sortFollowUps } from '../missions/follow-ups';
import { formatDate } from '../model/dates';
import { createDocument } from './base';
import { docDay, headerText, missionOverview, type MissionDocContext } from './mission-common';
import { logisticsSection } from './mission-logistics';
import { DOCUMENT_LOCALES } from './styles';
import { blockWrittenIn, writtenIn, writtenNote, writtenParagraphs } from './other-language';
import { photoParagraphs } from './photos';
import { dataTable } from './tables';
import { heading, joinInline, nonBlank, note, type Inline } from './text';

// The report's texts are in the mission's language (mission.writtenIn), and
// marked when that is not the document's: persons' names and organisations,
// e-mails, follow-up owners and hosts are names, and stay as typed.

/** Findings, lessons or good practices: under a note naming their language when it is not the document's. */
function textSection(title: string, text: string, data: MissionDocData, ctx: MissionDocContext): FileChild[] {
  const shown = blockWrittenIn(text, data.mission.writtenIn, ctx);
  return [heading(title, 1), ...(shown.length ? shown : [note(ctx.t('missions:doc.none'))])];
}

function notesSection(data: MissionDocData, ctx: MissionDocContext): FileChild[] {
  const { t } = ctx;
  const days = agendaDays(data.items).map((d) => ({ ...d, items: d.items.filter((i) => i.fieldNotes.trim() !== '') })).filter((d) => d.items.length > 0);
  if (!days.length) return [heading(t('missions:doc.fieldNotes'), 1), note(t('missions:doc.none'))];
  const written = data.mission.writtenIn;
  return [
    heading(t('missions:doc.fieldNotes'), 1),
    // One note for all the notes: they are in the mission's language, each item's under its own heading.
    ...writtenNote(written, ctx),
    ...days.flatMap((day) => [
      heading(docDay(day.date, ctx), 2),
      ...day.items.flatMap((item) => {
        // Where it was and who received the delegation, as the agenda says, above what was noted there.
        const where = nonBlank<Inline>([writtenIn(item.venue, written, ctx), item.hosts.trim() ? t('missions:doc.hostedBy', { hosts: item.hosts }) : '']);
        return [heading(`${item.start} · ${item.title}`, 3), ...(where.length ? [note(joinInline(where, ' · '))] : []), ...writtenParagraphs(item.fieldNotes, written, ctx)];
      }),
    ]),
  ];
}

function personsSection(data: MissionDocData, ctx: MissionDocContext): FileChild[] {
  const { t } = ctx;
  const collator = new Intl.Collator(DOCUMENT_LOCALES[ctx.lang]);
  const people = data.personsMet.filter((p) => !p.deleted).sort((a, b) => collator.compare(a.name, b.name));
  if (!people.length) return [heading(t('missions:doc.personsMet'), 1), note(t('missions:doc.none'))];
  return [
    heading(t('missions:doc.personsMet'), 1),
    dataTable(
      [t('missions:persons.name'), t('missions:persons.role'), t('missions:persons.organisation'), t('missions:persons.email'), t('doc:mission.notes')],
      people.map((p) => [p.name, writtenIn(p.role, data.mission.writtenIn, ctx), p.organisation, p.email, writtenIn(p.notes, data.mission.writtenIn, ctx)]),
      { weights: [2.6, 1.8, 2.4, 2.6, 3.2] },
    ),
  ];
}

function followUpsSection(data: MissionDocData, ctx: MissionDocContext): FileChild[] {
  const { t } = ctx;
  const items = sortFollowUps(data.followUps.filter((f) => !f.deleted), ctx.today);
  if (!items.length) return [heading(t('missions:doc.followUps'), 1), note(t('missions:doc.none'))];
  const locale = DOCUMENT_LOCALES[ctx.lang];
  return [
    heading(t('missions:doc.followUps'), 1),
    dataTable(
      [t('missions:followUps.what'), t('missions:followUps.owner'), t('missions:followUps.due'), t('missions:followUps.status')],
      items.map((f) => [writtenIn(f.what, data.mission.writtenIn, ctx), f.owner, f.due ? formatDate(f.due, locale, 'medium') : '', t(`missions:followUpStatus.${f.status}`) + (isOverdue(f, ctx.today) ? `\n${t('missions:followUps.overdue')}` : '')]),
      { weights: [5, 2.5, 2, 2] },
    ),
  ];
}

function photosSection(data: MissionDocData, ctx: MissionDocContext): FileChild[] {
  const { t } = ctx;
  if (!data.photos.length) return [];
  const items = new Map(data.items.map((i) => [i.id, i]));
  return [
    heading(t('missions:doc.photos'), 1),
    ...data.photos.flatMap((p, n) => {
      const item = p.agendaItemId ? items.get(p.agendaItemId) : undefined;
      // The caption and the agenda item the photo belongs to, in the mission's language and marked as one; then the item's day, written out in the document's language, not as an ISO date.
      const typed = nonBlank([p.caption.trim(), item?.title ?? '']).join(' — ');
      const caption = [writtenIn(typed, data.mission.writtenIn, ctx), item ? `, ${docDay(item.date, ctx)}` : ''];
      const alt = p.caption.trim() || t('doc:mission.photoAlt', { n: n + 1, title: data.mission.title });
      return photoParagraphs(p, caption, alt);
    }),
  ];
}

/**
 * The mission report: the overview, notes per agenda item, findings, lessons
 * and good practices, persons met, follow-up actions as a table whose header
 * repeats on each page, and the photos scaled to the page with their captions.
 */
export function buildMissionReportDocument(data: MissionDocData, ctx: MissionDocContext): Document {
  const { t } = ctx;
  const m = data.mission;
  return createDocument({
    lang: ctx.lang,
    t,
    title: t('missions:doc.reportTitle', { title: m.title }),
    subject: t('missions:doc.reportKind'),
    headerText: headerText(data, t('missions:doc.reportKind')),
    children: [
      ...missionOverview(data, ctx),
      ...notesSection(data, ctx),
      ...textSection(t('missions:doc.findings'), m.findings, data, ctx),
      ...textSection(t('missions:doc.lessons'), m.lessons, data, ctx),
      ...textSection(t('missions:doc.goodPractices'), m.goodPractices, data, ctx),
      ...personsSection(data, ctx),
      ...logisticsSection(data, ctx),
      ...followUpsSection(data, ctx),
      ...photosSection(data, ctx),
    ],
  });
}
