import { PonteDatabase } from '../../renderer/src/db/database';
import { addPhoto } from '../../renderer/src/attachments/add-photo';
import { storageUsed } from '../../renderer/src/attachments/blob-store';
import { browserThumbnailer } from '../../renderer/src/attachments/thumbnail';

// Runs inside Chromium: photos of a phone's size, added the way the app adds them.

async function makePhoto(i: number, width: number, height: number): Promise<File> {
  const canvas = new OffscreenCanvas(width, height);
  const g = canvas.getContext('2d')!;
  // Gradients and a few shapes, different per photo, so JPEG has real work and no two hashes match.
  const gradient = g.createLinearGradient(0, 0, width, height);
  gradient.addColorStop(0, `hsl(${(i * 37) % 360}, 70%, 50%)`);
  gradient.addColorStop(1, `hsl(${(i * 37 + 180) % 360}, 70%, 40%)`);
  g.fillStyle = gradient;
  g.fillRect(0, 0, width, height);
  for (let k = 0; k < 40; k++) {
    g.fillStyle = `hsla(${(i * 13 + k * 29) % 360}, 80%, 60%, 0.5)`;
    g.beginPath();
    g.arc(((k * 997 + i * 131) % width), ((k * 613 + i * 71) % height), 50 + ((k * 17) % 400), 0, Math.PI * 2);
    g.fill();
  }
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 });
  return new File([blob], `photo-${i}.jpg`, { type: 'image/jpeg' });
}

function heap(): number {
  return (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
}

export async function benchPhotos(count: number, width = 4000, height = 3000) {
  const db = new PonteDatabase(`bench-photos-${Date.now()}`);
  await db.open();
  const mission = { id: 'bench-mission', pairingId: 'bench-pairing' };
  const times: number[] = [];
  let peakHeap = heap();
  let fileBytes = 0;
  // The longest gap between timer ticks while photos are added: how long the interface would freeze.
  let last = performance.now();
  let longestGap = 0;
  let measuring = false;
  const ticker = setInterval(() => {
    const now = performance.now();
    // Only while a photo is being added: making the test photo on a canvas is the bench's own work.
    if (measuring) longestGap = Math.max(longestGap, now - last);
    last = now;
    peakHeap = Math.max(peakHeap, heap());
  }, 10);
  for (let i = 0; i < count; i++) {
    const file = await makePhoto(i, width, height); // made outside the timing
    fileBytes += file.size;
    last = performance.now();
    measuring = true;
    const start = performance.now();
    await addPhoto(db, mission, file, browserThumbnailer);
    times.push(performance.now() - start);
    measuring = false;
    peakHeap = Math.max(peakHeap, heap());
  }
  clearInterval(ticker);
  const used = await storageUsed(db);
  await db.delete();
  const sorted = [...times].sort((a, b) => a - b);
  const pick = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!);
  return {
    photos: count,
    pixels: `${width}x${height}`,
    mean_photo_bytes: Math.round(fileBytes / count),
    ms_per_photo_mean: Math.round(times.reduce((a, b) => a + b, 0) / count),
    ms_per_photo_p50: pick(0.5),
    ms_per_photo_p95: pick(0.95),
    ms_per_photo_max: Math.round(sorted[sorted.length - 1]!),
    longest_main_thread_gap_ms: Math.round(longestGap),
    peak_js_heap_mb: Math.round(peakHeap / 1024 / 1024),
    stored_mb: Math.round(used.bytes / 1024 / 1024),
    stored_files: used.files,
  };
}

(window as unknown as { benchPhotos: typeof benchPhotos }).benchPhotos = benchPhotos;
