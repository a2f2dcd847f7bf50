import type { Document, FileChild } from 'docx';
import type { Label } from '../i18n/langs';
import type { PairingBundle } from '../model/bundle';
import { countryName } from '../model/countries';
import { pairingName, type Pairing, type PairingSide } from '../model/pairing';
import { FRAMEWORKS, THEMES } from '../model/vocabularies';
import { createDocument } from './base';
import { formatDay, overviewParagraphs, type DossierContext } from './dossier-overview';
import { teamSection } from './dossier-team';
import { DOCUMENT_LOCALES } from './styles';
import { dataTable } from './tables';
import { blockInLanguage, writtenIn } from './other-language';
import { bulletList, heading, note } from './text';

/** The language and its labels, and the day whose holders count as current (YYYY-MM-DD). */
export type DossierOptions = DossierContext;

function sideItems(side: PairingSide, ctx: DossierContext): string[] {
  const lead = side.municipalities.filter((m) => m.id === side.leadId);
  const others = side.municipalities.filter((m) => m.id !== side.leadId);
  return [...lead, ...others].map((m) =>
    ctx.t(m.id === side.leadId ? 'doc:dossier.leadMunicipality' : 'doc:dossier.municipality', {
      name: m.name,
      country: countryName(m.country, DOCUMENT_LOCALES[ctx.lang]),
    }),
  );
}

function sidesSection(p: Pairing, ctx: DossierContext): FileChild[] {
  const { t } = ctx;
  return [
    heading(t('doc:dossier.partners'), 1),
    heading(t('vocab:side.lac'), 2),
    ...bulletList(sideItems(p.lac, ctx)),
    heading(t('vocab:side.eu'), 2),
    ...bulletList(sideItems(p.eu, ctx)),
  ];
}

/** Labels of the chosen ids in the vocabulary's own order, so every dossier lists them alike. */
function vocabularyList(chosen: readonly string[], order: readonly string[], prefix: string, t: Label): string[] {
  return order.filter((id) => chosen.includes(id)).map((id) => t(`${prefix}.${id}`));
}

function listSection(title: string, items: string[], empty: string): FileChild[] {
  return [heading(title, 1), ...(items.length > 0 ? bulletList(items) : [note(empty)])];
}

/** The summary in the document's language, or in another one with a note that says so, worded as in every kind of document. */
function summarySection(p: Pairing, ctx: DossierContext): FileChild[] {
  const title = heading(ctx.t('doc:dossier.summary'), 1);
  const shown = blockInLanguage(p.summary, ctx);
  return [title, ...(shown.length ? shown : [note(ctx.t('doc:dossier.noSummary'))])];
}

function agreementsSection(bundle: PairingBundle, ctx: DossierContext): FileChild[] {
  const { t } = ctx;
  const agreements = bundle.agreements
    .filter((a) => !a.deleted)
    // Signed first, by date; unsigned drafts last.
    .sort((a, b) => ((a.signedOn ?? '9999') < (b.signedOn ?? '9999') ? -1 : (a.signedOn ?? '9999') > (b.signedOn ?? '9999') ? 1 : 0));
  if (agreements.length === 0) return [heading(t('doc:dossier.agreements'), 1), note(t('doc:dossier.noAgreements'))];
  return [
    heading(t('doc:dossier.agreements'), 1),
    dataTable(
      [t('doc:dossier.agreementTitle'), t('doc:dossier.signedOn'), t('doc:dossier.signatories'), t('doc:dossier.copyLocation')],
      agreements.map((a) => [writtenIn(a.title, a.writtenIn, ctx), a.signedOn ? formatDay(a.signedOn, ctx, 'medium') : t('doc:dossier.notSigned'), writtenIn(a.signatories, a.writtenIn, ctx), writtenIn(a.copyLocation, a.writtenIn, ctx)]),
      { weights: [3.2, 1.6, 3, 3] },
    ),
  ];
}

/**
 * The pairing's dossier: who the partners are, what they work on, who is on the
 * team, and what they signed. A pure function of the bundle, the language and
 * the day: the same input gives the same document body.
 */
export function buildDossierDocument(bundle: PairingBundle, ctx: DossierOptions): Document {
  const { t } = ctx;
  const p = bundle.pairing;
  const name = pairingName(p);
  return createDocument({
    lang: ctx.lang,
    t,
    title: name,
    subject: t('doc:dossier.title'),
    headerText: `${t('doc:dossier.title')} · ${name}`,
    children: [
      ...overviewParagraphs(p, ctx),
      ...sidesSection(p, ctx),
      ...listSection(t('doc:dossier.themes'), vocabularyList(p.themes, THEMES, 'vocab:theme', t), t('doc:dossier.noThemes')),
      ...summarySection(p, ctx),
      ...listSection(t('doc:dossier.frameworks'), vocabularyList(p.frameworks, FRAMEWORKS, 'vocab:framework', t), t('doc:dossier.noFrameworks')),
      ...teamSection(bundle, ctx),
      ...agreementsSection(bundle, ctx),
    ],
  });
}
