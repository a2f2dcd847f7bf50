import type { DocPhoto } from '../missions/doc-data';

// For the document tests: a 1×1 JPEG. The builders only embed the bytes they
// are given and size the picture by the width and height the photo says.
const TINY_JPEG = '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==';

/** A photo of the given size, caption and agenda item, whose bytes are a 1×1 JPEG. */
export function tinyPhoto(photo: Pick<DocPhoto, 'width' | 'height' | 'caption'> & Partial<Pick<DocPhoto, 'agendaItemId'>>): DocPhoto {
  return { data: Uint8Array.from(Buffer.from(TINY_JPEG, 'base64')), type: 'jpg', agendaItemId: null, ...photo };
}
