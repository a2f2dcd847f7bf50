import type { Document, FileChild } from 'docx';
import { agendaDays } from '../missions/agenda-rules';
import type { DocPhoto, MissionDocData } from '../missions/doc-data';
import { isOverdue, sortFollowUps } from '../missions/follow-ups';
import { formatDate } from '../model/dates';
import { createDocument } from './base';
import { docDay, headerText, missionOverview, type MissionDocContext } from './mission-common';
import { logisticsSection } from './mission-logistics';
import { DOCUMENT_LOCALES } from './styles';
import { photoParagraphs } from './photos';
import { dataTable } from './tables';
import { heading, note, textParagraphs } from './text';

function textSection(title: string, text: string, ctx: MissionDocContext): FileChild[] {
  return [heading(title, 1), ...(text.trim() ? textParagraphs(text) : [note(ctx.t('missions:doc.none'))])];
}

function notesSection(data: MissionDocData, ctx: MissionDocContext): FileChild[] {
  const { t } = ctx;
  const days = agendaDays(data.items).map((d) => ({ ...d, items: d.items.filter((i) => i.fieldNotes.trim() !== '') })).filter((d) => d.items.length > 0);
  if (!days.length) return [heading(t('missions:doc.fieldNotes'), 1), note(t('missions:doc.none'))];
  return [
    heading(t('missions:doc.fieldNotes'), 1),
    ...days.flatMap((day) => [
      heading(docDay(day.date, ctx), 2),
      ...day.items.flatMap((item) => {
        // Where it was and who received the delegation, as the agenda says, above what was noted there.
        const where = [item.venue, item.hosts.trim() ? t('missions:doc.hostedBy', { hosts: item.hosts }) : ''].filter((s) => s.trim() !== '').join(' · ');
        return [heading(`${item.start} · ${item.title}`, 3), ...(where ? [note(where)] : []), ...textParagraphs(item.fieldNotes)];
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
      people.map((p) => [p.name, p.role, p.organisation, p.email, p.notes]),
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
      items.map((f) => [f.what, f.owner, f.due ? formatDate(f.due, locale, 'medium') : '', t(`missions:followUpStatus.${f.status}`) + (isOverdue(f, ctx.today) ? `\n${t('missions:followUps.overdue')}` : '')]),
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
      // The agenda item the photo belongs to, with its day written out in the document's language, not as an ISO date.
      const where = item ? `${item.title}, ${docDay(item.date, ctx)}` : '';
      const caption = [p.caption.trim(), where].filter(Boolean).join(' — ');
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
      ...textSection(t('missions:doc.findings'), m.findings, ctx),
      ...textSection(t('missions:doc.lessons'), m.lessons, ctx),
      ...textSection(t('missions:doc.goodPractices'), m.goodPractices, ctx),
      ...personsSection(data, ctx),
      ...logisticsSection(data, ctx),
      ...followUpsSection(data, ctx),
      ...photosSection(data, ctx),
    ],
  });
}
