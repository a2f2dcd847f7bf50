// Images decoded with the EXIF orientation applied ('from-image'), so a photo
// taken with the phone on its side shows upright, in lists and in documents.

export type Rendered = { bytes: ArrayBuffer; mimeType: string; width: number; height: number };
export type ImageInfo = { width: number; height: number; thumbnail: Rendered };
export type Thumbnailer = (blob: Blob) => Promise<ImageInfo>;

export const THUMBNAIL_EDGE = 320;

async function draw(bitmap: ImageBitmap, maxEdge: number, quality: number): Promise<Rendered> {
  const scale = Math.min(1, maxEdge / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  context.drawImage(bitmap, 0, 0, width, height);
  const out = await canvas.convertToBlob({ type: 'image/jpeg', quality });
  return { bytes: await out.arrayBuffer(), mimeType: 'image/jpeg', width, height };
}

/** Upright size and a small JPEG for lists. Decoding straight to thumbnail size keeps a 12-megapixel photo from being held whole. */
export const browserThumbnailer: Thumbnailer = async (blob) => {
  const full = await createImageBitmap(blob, { imageOrientation: 'from-image' });
  const { width, height } = full;
  full.close();
  const scale = Math.min(1, THUMBNAIL_EDGE / Math.max(width, height));
  const small = await createImageBitmap(blob, { imageOrientation: 'from-image', resizeWidth: Math.max(1, Math.round(width * scale)), resizeHeight: Math.max(1, Math.round(height * scale)), resizeQuality: 'medium' });
  try {
    return { width, height, thumbnail: await draw(small, THUMBNAIL_EDGE, 0.8) };
  } finally {
    small.close();
  }
};

/** An upright JPEG no larger than `maxEdge`, for a Word document. */
export async function renderForDocument(blob: Blob, maxEdge = 1600): Promise<Rendered> {
  const bitmap = await createImageBitmap(blob, { imageOrientation: 'from-image' });
  try {
    return await draw(bitmap, maxEdge, 0.85);
  } finally {
    bitmap.close();
  }
}
