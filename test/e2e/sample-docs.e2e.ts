import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
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

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('has LibreOffice and poppler to render with', () => {
    need('soffice', ['--version']);
    need('pdfinfo', ['-v']);
    need('pdftotext', ['-v']);
  });

  it('writes one .docx per kind and language', () => {
    execFileSync('npx', ['vite-node', 'scripts/sample-docs.ts', '--', out], { cwd: ROOT, stdio: 'pipe' });
    expect(readdirSync(out).sort()).toEqual([...expected].sort());
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
      // The footer's fields were laid out: "Page 1 of 3", "Página 1 de 3".
      expect(text, file).toMatch(new RegExp(`(Page|Página) 1 (of|de) ${pages}`));
    }
  });
});
