import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocPhoto } from '../shared/missions/doc-data';
import { SAMPLE_PHOTOS } from '../shared/missions/sample';

// The sample mission's photos, read from assets/sample-photos for the sample
// script and the export benchmark: reading files is Node's part, the captions
// and the agenda items they belong to are the sample's (shared/missions/sample.ts).

/** Width and height of a baseline or progressive JPEG, from its start-of-frame marker. */
export function jpegSize(bytes: Uint8Array): { width: number; height: number } {
  let i = 2;
  while (i + 9 < bytes.length) {
    if (bytes[i] !== 0xff) throw new Error('not a JPEG marker');
    const marker = bytes[i + 1]!;
    const length = (bytes[i + 2]! << 8) | bytes[i + 3]!;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: (bytes[i + 5]! << 8) | bytes[i + 6]!, width: (bytes[i + 7]! << 8) | bytes[i + 8]! };
    }
    i += 2 + length;
  }
  throw new Error('no JPEG frame found');
}

/** The sample mission's photos from assets/sample-photos, as the report gets them. */
export function samplePhotos(root: string): DocPhoto[] {
  return SAMPLE_PHOTOS.map(({ file, caption, agendaItemId }) => {
    const data = new Uint8Array(readFileSync(join(root, 'assets/sample-photos', file)));
    return { data, type: 'jpg' as const, ...jpegSize(data), caption, agendaItemId };
  });
}

