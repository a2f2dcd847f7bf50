import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { labelsFor } from '../locales/labels';
import { buildUcapDocument, type UcapDocData } from '../shared/docs/ucap';
import { packDocument } from '../shared/docs/pack';
import type { DocPhoto } from '../shared/missions/doc-data';
import { sampleProgramme } from '../shared/sample/programme';
import { SAMPLE_UCAP_PAIRING, sampleUcapContent } from '../shared/ucap/sample';
import { SAMPLE_PHOTOS } from '../shared/missions/sample';
import { samplePhotos } from '../scripts/sample-photos';
import { longUcap, ucapMarkdown } from './ucap-long';
import { openBenchPage } from './browser-harness';
import type { ExportRequest } from '../renderer/src/screens/ucap/export-messages';

const RUNS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const seconds = (xs: number[]) => xs.map((x) => Number(x.toFixed(3)));

function pdfPages(docx: string, dir: string): number | null {
  const converted = spawnSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { encoding: 'utf8' });
  if (converted.status !== 0) return null;
  const info = spawnSync('pdfinfo', [docx.replace(/\.docx$/, '.pdf')], { encoding: 'utf8' });
  const match = /Pages:\s+(\d+)/.exec(info.stdout ?? '');
  return match ? Number(match[1]) : null;
}

type Case = { name: string; data: UcapDocData; markdown: string; resourcePath?: string };
/** One export in Chromium, by the app's export worker: what a user of the desktop app waits for. */
type InApp = (request: ExportRequest) => Promise<{ seconds: number; bytes: number }>;

/**
 * One case, Ponte (with and without the contents' page numbers) and pandoc taking turns five times (so a slow spell of the
 * machine falls on both alike), each timed from the content to the .docx
 * bytes: Ponte building and packing in this process (Node 20's V8), pandoc
 * including the start of its process, as a user running it would pay; and,
 * given `inApp`, Ponte as the desktop app runs it, in Chromium's worker.
 */
async function runCase(c: Case, dir: string, inApp?: InApp): Promise<Record<string, unknown>> {
  const lang = 'es' as const;
  const t = labelsFor(lang);
  const md = join(dir, `${c.name}.md`);
  const docx = join(dir, `${c.name}-ponte.docx`);
  writeFileSync(md, c.markdown);
  const ponte: number[] = [];
  const ponteNoLayout: number[] = [];
  const pandoc: number[] = [];
  const app: number[] = [];
  let appBytes = 0;
  let bytes: Uint8Array = new Uint8Array();
  for (let i = 0; i < RUNS; i++) {
    let start = performance.now();
    bytes = await packDocument(buildUcapDocument(c.data, { lang, t, today: '2026-11-24' }));
    ponte.push((performance.now() - start) / 1000);
    // The same file without the contents' page numbers: what the page layout costs.
    start = performance.now();
    await packDocument(buildUcapDocument(c.data, { lang, t, today: '2026-11-24', layoutPages: false }));
    ponteNoLayout.push((performance.now() - start) / 1000);
    start = performance.now();
    const result = spawnSync('pandoc', ['-f', 'markdown', '-t', 'docx', '--toc', ...(c.resourcePath ? ['--resource-path', c.resourcePath] : []), '-o', join(dir, `${c.name}-pandoc.docx`), md]);
    if (result.error || result.status !== 0) return { case: c.name, error: `pandoc failed: ${result.error?.message ?? result.stderr?.toString()}` };
    pandoc.push((performance.now() - start) / 1000);
    if (inApp) {
      const written = await inApp({ pairing: c.data.pairing, content: c.data.content, lang, today: '2026-11-24', cover: {} });
      app.push(written.seconds);
      appBytes = written.bytes;
    }
  }
  writeFileSync(docx, bytes);
  const ponteMedian = median(ponte);
  const pandocMedian = median(pandoc);
  return {
    case: c.name,
    pages: pdfPages(docx, dir),
    docx_bytes: bytes.byteLength,
    ponte_runs_s: seconds(ponte),
    pandoc_runs_s: seconds(pandoc),
    ponte_median_s: Number(ponteMedian.toFixed(3)),
    pandoc_median_s: Number(pandocMedian.toFixed(3)),
    ratio_of_medians: Number((ponteMedian / pandocMedian).toFixed(3)),
    ponte_without_page_numbers_runs_s: seconds(ponteNoLayout),
    ponte_without_page_numbers_median_s: Number(median(ponteNoLayout).toFixed(3)),
    ratio_of_medians_without_page_numbers: Number((median(ponteNoLayout) / pandocMedian).toFixed(3)),
    ...(inApp
      ? {
          in_app_chromium_docx_bytes: appBytes,
          in_app_chromium_runs_s: seconds(app),
          in_app_chromium_median_s: Number(median(app).toFixed(3)),
          in_app_ratio_of_medians: Number((median(app) / pandocMedian).toFixed(3)),
        }
      : {}),
  };
}

/**
 * Two cases: a long UCAP (about 100 pages with the default 100 actions), and
 * the sample UCAP with 50 photos appended (the sample mission's three JPEGs in
 * turn), each against pandoc turning the same content, as Markdown with the
 * same image files, into .docx. Ponte's time includes laying the pages out for
 * the contents' page numbers; pandoc leaves its contents to be updated in Word.
 */
export async function run(args: string[]): Promise<Record<string, unknown>> {
  const actions = Number(args[0] ?? 100);
  const photoCount = Number(args[1] ?? 50);
  const t = labelsFor('es');
  const pairing = sampleProgramme().find((b) => b.pairing.id === SAMPLE_UCAP_PAIRING)!.pairing;
  const dir = mkdtempSync(join(tmpdir(), 'ponte-bench-export-'));
  const root = resolve(__dirname, '..');
  const shipped = samplePhotos(root);
  const photos: DocPhoto[] = Array.from({ length: photoCount }, (_, i) => ({ ...shipped[i % shipped.length]!, caption: `Foto ${i + 1}` }));
  const sample = sampleUcapContent();
  const photoMarkdown = photos.map((p, i) => `![${p.caption}](${SAMPLE_PHOTOS[i % SAMPLE_PHOTOS.length]!.file}){width=85%}`).join('\n\n');
  const long = longUcap(actions);
  const cases: Case[] = [
    { name: 'long-ucap', data: { pairing, content: long }, markdown: ucapMarkdown(long, 'es', t) },
    {
      name: 'ucap-with-photos',
      data: { pairing, content: sample, photos },
      markdown: `${ucapMarkdown(sample, 'es', t)}\n\n# ${t('doc:ucap.photos')}\n\n${photoMarkdown}`,
      resourcePath: join(root, 'assets/sample-photos'),
    },
  ];
  // The app writes the UCAP in Chromium, in a worker kept between exports; its export request carries no photos, so the
  // photos case is measured in Node only.
  const { page, close } = await openBenchPage(resolve(root, 'bench/browser/export-entry.ts'));
  const inApp: InApp = (request) => page.evaluate((r) => (window as unknown as { benchExport: InApp }).benchExport(r), request);
  const results = [];
  try {
    for (const c of cases) results.push(await runCase(c, dir, c.data.photos ? undefined : inApp));
  } finally {
    await close();
  }
  return { bench: 'export', actions, photos: photoCount, runs: RUNS, cases: results, goal_ratio_below: 1 };
}
