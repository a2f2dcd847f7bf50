import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DOCUMENT_KINDS } from '../../scripts/document-kinds';
import { LANGS } from '../../shared/i18n/langs';
import { documentFileName } from '../../shared/docs/pack';

// The sample script writes every document kind in every language; LibreOffice
// must open each one and lay it out as pages. This is the check that a file
// Word would get is a real, well-formed document, not only a zip mammoth reads.

const ROOT = resolve(__dirname, '../..');
const PAIRING = 'Cartagena de Indias – Málaga';

function need(tool: string, args: string[]): void {
  try {
    execFileSync(tool, args, { stdio: 'pipe' });
  } catch {
    throw new Error(
      `${tool} is needed to render the documents and was not found: apt-get install -y libreoffice-writer-nogui poppler-utils`,
    );
  }
}

describe('sample documents', () => {
  const work = mkdtempSync(join(tmpdir(), 'ponte-sample-docs-'));
  const out = join(work, 'docs');
  const pdf = join(work, 'pdf');
  // Its own LibreOffice profile, so a running LibreOffice or another test cannot lock it.
  const profile = pathToFileURL(join(work, 'lo-profile')).href;
  const expected = Object.keys(DOCUMENT_KINDS).flatMap((kind) => LANGS.map((lang) => documentFileName(kind, lang)));
  const calendars = LANGS.map((lang) => `mission-agenda-${lang}.ics`);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('has LibreOffice and poppler to render with', () => {
    need('soffice', ['--version']);
    need('pdfinfo', ['-v']);
    need('pdftotext', ['-v']);
  });

  it('writes one .docx per kind and language, and the agenda as a calendar file in each language', () => {
    execFileSync('npx', ['vite-node', 'scripts/sample-docs.ts', '--', out], { cwd: ROOT, stdio: 'pipe' });
    expect(readdirSync(out).sort()).toEqual([...expected, ...calendars].sort());
    for (const file of calendars) {
      const ics = readFileSync(join(out, file), 'utf8');
      expect(ics, file).toMatch(/^BEGIN:VCALENDAR\r\n/);
      expect(ics, file).toMatch(/^DTSTAMP:\d{8}T\d{6}Z\r$/m);
      expect(ics, file).toContain('TZNAME:CEST');
    }
  });

  it('renders every document to a PDF with pages that name the pairing', () => {
    execFileSync(
      'soffice',
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', pdf, ...expected.map((f) => join(out, f))],
      { stdio: 'pipe', timeout: 120_000 },
    );
    for (const file of expected) {
      const target = join(pdf, file.replace(/\.docx$/, '.pdf'));
      expect(existsSync(target), target).toBe(true);
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [target], { encoding: 'utf8' }))?.[1]);
      expect(pages, file).toBeGreaterThan(0);
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', target, '-'], { encoding: 'utf8' });
      expect(text, file).toContain(PAIRING);
      // The footer's fields were laid out: "Page 2 of 3", "Página 2 de 3" (the UCAP's cover has none).
      expect(text, file).toMatch(new RegExp(`(Page|Página) [12] (of|de) ${pages}`));
    }
  });

  it('shows the UCAP contents with the page each heading is on, and no cover header', () => {
    for (const lang of LANGS) {
      const target = join(pdf, `ucap-${lang}.pdf`);
      const page = (n: number) => execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', '-f', String(n), '-l', String(n), target, '-'], { encoding: 'utf8' });
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [target], { encoding: 'utf8' }))?.[1]);
      // The cover: no running header (the pairing's name with "· UCAP") and no page number.
      expect(page(1), lang).not.toContain('· UCAP');
      expect(page(1), lang).not.toMatch(/(Page|Página) 1/);
      const entries = page(2)
        .split('\n')
        .map((line) => /^\s*(.+?)\s*\.{3,}\s*(\d+)\s*$/.exec(line))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => ({ title: m[1]!, page: Number(m[2]) }));
      expect(entries.length, lang).toBeGreaterThan(10);
      // Each entry's number is the page its heading is on, as LibreOffice laid the pages out.
      for (const entry of entries) {
        expect(entry.page, `${lang}: ${entry.title}`).toBeGreaterThan(2);
        expect(entry.page, `${lang}: ${entry.title}`).toBeLessThanOrEqual(pages);
        expect(page(entry.page).split('\n').map((l) => l.trim()), `${lang}: ${entry.title} on page ${entry.page}`).toContain(entry.title);
      }
    }
  });

  it('keeps every table header word whole, in every kind and language', () => {
    // Header labels of the tables, as the locales give them: none may come out of LibreOffice cut in two.
    const words = ['Probabilidad', 'Probabilidade', 'Responsable', 'Responsável', 'financiamiento', 'financiamento', 'verificación', 'verificação', 'Externalidade', 'Likelihood', 'Mitigation', 'Consistorial'];
    for (const file of expected) {
      // Without -layout, each line of a cell is a line of its own: a split word is its head ending one line and its tail starting the next.
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(pdf, file.replace(/\.docx$/, '.pdf')), '-'], { encoding: 'utf8' });
      for (const word of words) {
        for (let cut = 2; cut < word.length - 1; cut++) {
          const split = new RegExp(`(^|\\s)${word.slice(0, cut)}\\n${word.slice(cut)}(\\s|$)`, 'u');
          expect(text, `${file}: ${word.slice(0, cut)}|${word.slice(cut)}`).not.toMatch(split);
        }
      }
    }
  });
});
