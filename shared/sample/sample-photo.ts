import { zlibSync } from 'fflate';

// Small pictures for the programme-sized sample: a sky, a street and a few
// house fronts whose colours and heights come from a seed, encoded as PNG.
// No DOM and no canvas, so a script and the app make the same bytes.

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** A width×height RGB PNG of a street of house fronts, the same bytes for the same seed. */
export function samplePhotoPng(seed: number, width = 160, height = 120): Uint8Array {
  let s = (seed * 2654435761) >>> 0;
  const next = () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0) / 4294967296);
  const houses = Array.from({ length: 6 }, () => ({ top: 0.25 + next() * 0.4, rgb: [80 + next() * 175, 60 + next() * 150, 40 + next() * 140] }));
  const raw = new Uint8Array((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    raw[row] = 0; // no filter
    const fy = y / height;
    for (let x = 0; x < width; x++) {
      const house = houses[Math.floor((x / width) * houses.length)]!;
      let rgb: number[];
      if (fy > 0.85) rgb = [90, 90, 95]; // the street
      else if (fy > house.top) rgb = (x % 20 < 6 && y % 18 < 9) ? [40, 50, 70] : house.rgb; // walls and windows
      else rgb = [120 + fy * 100, 170 + fy * 60, 235]; // the sky
      raw.set(rgb.map(Math.round), row + 1 + x * 3);
    }
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, no filter, no interlace
  const parts = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', zlibSync(raw, { level: 6 })), chunk('IEND', new Uint8Array(0))];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
