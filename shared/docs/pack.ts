import { Packer, type Document } from 'docx';
import type { Lang } from '../i18n/langs';

/**
 * The .docx file's bytes. toArrayBuffer runs the same in Node and in the
 * browser (JSZip builds an ArrayBuffer in both), so no platform check is needed.
 */
export async function packDocument(doc: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

const KIND = /^[a-z][a-z0-9-]*$/;

/** "dossier-pt.docx": the kind, then the language, as the sample script and the app name files. */
export function documentFileName(kind: string, lang: Lang): string {
  if (!KIND.test(kind)) throw new Error(`not a document kind: ${JSON.stringify(kind)}`);
  return `${kind}-${lang}.docx`;
}

/** The media type to give a .docx download or attachment. */
export { DOCX_MIME } from './mime';
