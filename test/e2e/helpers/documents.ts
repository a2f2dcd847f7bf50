import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';

/** The text of a .docx as Word shows it, read back by mammoth. */
export async function docxText(path: string): Promise<string> {
  return (await mammoth.extractRawText({ buffer: readFileSync(path) })).value;
}

/** One XML part of a .docx, e.g. "word/styles.xml". */
export async function docxPart(path: string, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const file = zip.file(part);
  if (!file) throw new Error(`${part} is missing from ${path}`);
  return file.async('string');
}

/**
 * Converts a document to PDF with LibreOffice and returns the PDF's path and
 * text. Each call gets its own LibreOffice profile so parallel runs do not lock.
 */
export function renderPdf(docx: string): { pdf: string; text: string; pages: number } {
  const out = mkdtempSync(join(tmpdir(), 'ponte-pdf-'));
  const profile = `file://${mkdtempSync(join(tmpdir(), 'ponte-lo-'))}`;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, docx], { stdio: 'pipe', timeout: 120_000 });
  const pdf = join(out, basename(docx).replace(/\.docx$/, '.pdf'));
  if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${docx}`);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  return { pdf, text, pages };
}
