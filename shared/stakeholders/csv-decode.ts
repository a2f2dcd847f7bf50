/** Which encoding a file turned out to have. */
export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';

/**
 * Text from a spreadsheet's CSV bytes. Spreadsheets write UTF-8 (with or
 * without a byte-order mark) or, Excel on Windows, Windows-1252. Bytes that are
 * not valid UTF-8 are read as Windows-1252, which can decode any byte.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(body), encoding: 'windows-1252' };
  }
}
