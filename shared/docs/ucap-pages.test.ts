import JSZip from 'jszip';
import { labelsFor } from '../../locales/labels';
import type { Lang } from '../i18n/langs';
import { sampleProgramme } from '../sample/programme';
import { SAMPLE_UCAP_PAIRING, sampleUcapContent } from '../ucap/sample';
import type { UcapContent } from '../ucap/content';
import { buildUcapDocument } from './ucap';
import { packDocument } from './pack';

// These pages are what docx/layout as published works out for the same plans.
// Neither patches/docx+*.patch (which makes docx/layout faster) nor the fast
// estimate in ./pages, which now lays these plans out, may move a single one.

const pairing = sampleProgramme().find((b) => b.pairing.id === SAMPLE_UCAP_PAIRING)!.pairing;

/**
 * The sample plan with its actions repeated, each with a long description: a
 * plan of a few dozen pages. Its records say no language (writtenIn), as when
 * these pages were worked out: a mark of another language would move them.
 */
function longerPlan(times: number): UcapContent {
  const base = sampleUcapContent();
  const long = 'Talleres con la junta de acción comunal y los vecinos para decidir usos, diseño y normas del espacio; arbolado y drenaje sostenible. '.repeat(6);
  const actions = Array.from({ length: times }, (_, copy) =>
    base.actions.map((a) => ({ ...a, id: `${a.id}-${copy}`, order: copy * 100 + a.order, description: { es: long, pt: long, en: long }, writtenIn: null })),
  ).flat();
  return { ...base, actions, indicators: base.indicators.map((i) => ({ ...i, writtenIn: null })), risks: base.risks.map((r) => ({ ...r, writtenIn: null })) };
}

async function contentsPages(lang: Lang, content: UcapContent): Promise<string[]> {
  const bytes = await packDocument(buildUcapDocument({ pairing, content }, { lang, t: labelsFor(lang), today: '2026-11-24' }));
  const document = (await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string')) ?? '';
  const toc = /<w:sdt>.*?<\/w:sdt>/.exec(document)?.[0] ?? '';
  return (toc.match(/<w:p[ >].*?<\/w:p>/g) ?? [])
    .filter((p) => /<w:pStyle w:val="TOC\d"\/>/i.test(p))
    .map((p) => [...(p.split('<w:tab/>')[1] ?? '').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('').trim());
}

describe('the contents page numbers', () => {
  it.each([
    ['es', 1, '3 3 3 3 3 3 3 3 4 4 5 6 6 6 6 6 6 7 7 7 7 7 7 7 7 8'],
    ['pt', 6, '4 4 4 4 4 4 4 5 5 6 6 7 7 7 8 8 8 9 9 9 10 10 11 11 11 13 15 15 15 15 15 16 16 16 16 16 16 16 16 16 17'],
    ['en', 12, '4 4 4 4 4 4 4 6 6 7 7 7 8 8 8 9 9 10 10 10 11 11 11 12 12 12 13 13 13 14 14 15 15 15 16 16 16 17 17 17 18 18 19 20 23 23 23 23 23 23 24 24 24 24 24 24 24 24 24'],
  ] as const)('in %s with the actions %i times are those the published layout works out', async (lang, times, expected) => {
    const pages = await contentsPages(lang, longerPlan(times));
    expect(pages.join(' ')).toBe(expected);
  }, 120_000);
});
