/** A file made for export, ready to be saved. */
export type ExportedFile = { name: string; data: Uint8Array; mimeType: string };

/** What Windows, macOS or Linux refuse in a file name, and control characters. */
const REFUSED = /[\\/:*?"<>|\u0000-\u001f]+/g;

/**
 * "<what> - <suffix>.<extension>", e.g. "Cartagena de Indias – Málaga - dossier-pt.docx":
 * a name every operating system accepts, from a name a person wrote.
 */
export function exportFileName(what: string, suffix: string, extension: string, options: { fallback?: string; max?: number } = {}): string {
  const safe = what.replace(REFUSED, ' ').replace(/\s+/g, ' ').trim().slice(0, options.max ?? 120) || (options.fallback ?? 'Ponte');
  return `${safe} - ${suffix}.${extension}`;
}
