import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { labelsFor } from '../locales/labels';
import { buildUcapDocument } from '../shared/docs/ucap';
import { packDocument } from '../shared/docs/pack';
import { sampleProgramme } from '../shared/sample/programme';
import { SAMPLE_UCAP_PAIRING } from '../shared/ucap/sample';
import { longUcap, ucapMarkdown } from './ucap-long';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function pdfPages(docx: string, dir: string): number | null {
  const converted = spawnSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { encoding: 'utf8' });
  if (converted.status !== 0) return null;
  const info = spawnSync('pdfinfo', [docx.replace(/\.docx$/, '.pdf')], { encoding: 'utf8' });
  const match = /Pages:\s+(\d+)/.exec(info.stdout ?? '');
  return match ? Number(match[1]) : null;
}

/**
 * A long UCAP (about 100 pages with the default 100 actions) exported to .docx
 * by Ponte's builder, against pandoc turning the same content, as Markdown,
 * into .docx. Each is timed five times; the medians are compared. Pandoc's
 * time includes starting its process, as a user running it would pay.
 */
export async function run(args: string[]): Promise<Record<string, unknown>> {
  const actions = Number(args[0] ?? 100);
  const lang = 'es' as const;
  const t = labelsFor(lang);
  const pairing = sampleProgramme().find((b) => b.pairing.id === SAMPLE_UCAP_PAIRING)!.pairing;
  const content = longUcap(actions);
  const dir = mkdtempSync(join(tmpdir(), 'ponte-bench-export-'));
  const docx = join(dir, 'ponte.docx');
  const md = join(dir, 'pandoc.md');
  writeFileSync(md, ucapMarkdown(content, lang, t));

  const ponte: number[] = [];
  let bytes: Uint8Array = new Uint8Array();
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    bytes = await packDocument(buildUcapDocument({ pairing, content }, { lang, t, today: '2026-11-24' }));
    ponte.push((performance.now() - start) / 1000);
  }
  writeFileSync(docx, bytes);

  const pandoc: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const result = spawnSync('pandoc', ['-f', 'markdown', '-t', 'docx', '--toc', '-o', join(dir, 'pandoc.docx'), md]);
    if (result.error || result.status !== 0) return { bench: 'export', error: `pandoc failed: ${result.error?.message ?? result.stderr?.toString()}` };
    pandoc.push((performance.now() - start) / 1000);
  }
  const ponteSeconds = median(ponte);
  const pandocSeconds = median(pandoc);
  return {
    bench: 'export',
    actions,
    pages: pdfPages(docx, dir),
    docx_bytes: bytes.byteLength,
    ponte_seconds: Number(ponteSeconds.toFixed(3)),
    pandoc_seconds: Number(pandocSeconds.toFixed(3)),
    ratio: Number((ponteSeconds / pandocSeconds).toFixed(3)),
    goal_ratio_below: 1,
  };
}
