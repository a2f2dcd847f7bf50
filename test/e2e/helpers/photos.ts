import type { Page } from 'playwright-core';

/** A real JPEG of the given size, drawn by the page's own canvas. */
export async function makeJpeg(page: Page, width: number, height: number, hue: number): Promise<Buffer> {
  const base64 = await page.evaluate(
    async ({ width, height, hue }) => {
      const canvas = new OffscreenCanvas(width, height);
      const g = canvas.getContext('2d')!;
      g.fillStyle = `hsl(${hue}, 60%, 55%)`;
      g.fillRect(0, 0, width, height);
      g.fillStyle = '#fff';
      g.fillRect(width / 4, height / 4, width / 2, height / 2);
      const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 })).arrayBuffer());
      let s = '';
      for (const b of bytes) s += String.fromCharCode(b);
      return btoa(s);
    },
    { width, height, hue },
  );
  return Buffer.from(base64, 'base64');
}
