import { Paragraph, type FileChild } from 'docx';
import type { PairingBundle } from '../model/bundle';
import { positionHolders, type Assignment, type Position } from '../model/team';
import type { Side } from '../model/vocabularies';
import { formatDay, type DossierContext } from './dossier-overview';
import { dataTable } from './tables';
import { writtenIn } from './other-language';
import { flag, heading, labelled, note, textRuns } from './text';

// The team as positions that outlive the people in them: who holds each one on
// the dossier's day, who held it before and what they handed over, and which
// ones nobody holds, which after an election is what a new team needs to see.
// A position's title and organisation are in its heading, so never marked; a
// holder's handover note is, when it is in another language than the dossier's.

function tenure(a: Assignment, ctx: DossierContext): string {
  return a.to
    ? ctx.t('doc:dossier.heldFromTo', { from: formatDay(a.from, ctx), to: formatDay(a.to, ctx) })
    : ctx.t('doc:dossier.heldSince', { from: formatDay(a.from, ctx) });
}

function holder(a: Assignment, position: Position, ctx: DossierContext): Paragraph[] {
  const { t } = ctx;
  const lines = [
    a.organisation.trim() && a.organisation.trim() !== position.organisation.trim() ? a.organisation : '',
    a.email.trim() ? `${t('doc:dossier.email')}: ${a.email}` : '',
    a.phone.trim() ? `${t('doc:dossier.phone')}: ${a.phone}` : '',
  ].filter(Boolean);
  // One paragraph, kept on one page: LibreOffice does not follow a chain of
  // keep-with-next paragraphs back to the heading, so the block stays whole.
  const person = new Paragraph({
    keepLines: true,
    children: [
      ...textRuns(a.name, { bold: true }),
      ...textRuns(` · ${tenure(a, ctx)}`),
      ...lines.flatMap((line) => textRuns(`\n${line}`)),
    ],
  });
  const handover = a.handoverNote.trim() ? [labelled(t('doc:dossier.handoverNote'), writtenIn(a.handoverNote, a.writtenIn, ctx))] : [];
  return [person, ...handover];
}

function historyTable(past: Assignment[], ctx: DossierContext): FileChild[] {
  if (past.length === 0) return [];
  const { t } = ctx;
  return [
    new Paragraph({ keepNext: true, children: textRuns(t('doc:dossier.previousHolders'), { bold: true }) }),
    dataTable(
      [t('doc:dossier.name'), t('doc:dossier.from'), t('doc:dossier.to'), t('doc:dossier.handoverNote')],
      past.map((a) => [a.name, formatDay(a.from, ctx, 'medium'), a.to ? formatDay(a.to, ctx, 'medium') : '', writtenIn(a.handoverNote, a.writtenIn, ctx)]),
      { weights: [2.4, 1.6, 1.6, 4.8] },
    ),
  ];
}

function positionBlock(position: Position, assignments: Assignment[], ctx: DossierContext): FileChild[] {
  const { t, today } = ctx;
  const { current, history } = positionHolders(position.id, assignments, today);
  const incoming = history.filter((a) => a.from > today).reverse();
  const past = history.filter((a) => a.to !== null && a.to < today);
  const title = position.organisation.trim() ? `${position.title} — ${position.organisation}` : position.title;
  return [
    heading(title, 3),
    ...(current.length === 0 ? [flag(t('doc:dossier.vacant'), t('doc:dossier.vacantOn', { date: formatDay(today, ctx) }))] : []),
    ...current.flatMap((a) => holder(a, position, ctx)),
    ...incoming.map((a) => note(t('doc:dossier.incoming', { name: a.name, from: formatDay(a.from, ctx) }))),
    ...historyTable(past, ctx),
  ];
}

function sideBlock(side: Side, bundle: PairingBundle, ctx: DossierContext): FileChild[] {
  const positions = bundle.positions.filter((p) => !p.deleted && p.side === side);
  const assignments = bundle.assignments.filter((a) => !a.deleted);
  return [
    heading(ctx.t(`vocab:side.${side}`), 2),
    ...(positions.length === 0 ? [note(ctx.t('doc:dossier.noPositions'))] : positions.flatMap((p) => positionBlock(p, assignments, ctx))),
  ];
}

/** The Latin-American side first, as in the pairing's name. */
const SIDE_ORDER: readonly Side[] = ['lac', 'eu'];

/**
 * The team starts on a page of its own: it is the part handed to a new team
 * after an election, and LibreOffice (7.4) does not keep a chain of headings
 * (Team, side, position) with the first holder when it falls at a page end.
 */
export function teamSection(bundle: PairingBundle, ctx: DossierContext): FileChild[] {
  return [heading(ctx.t('doc:dossier.team'), 1, true), ...SIDE_ORDER.flatMap((side) => sideBlock(side, bundle, ctx))];
}
