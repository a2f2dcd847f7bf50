/**
 * Attachment bytes on a device (photos and their thumbnails, later signed
 * agreements), once per SHA-256 however many records point to them. Not a
 * synced record: bytes travel apart, by hash. `kind` tells a thumbnail from
 * an original.
 */
export type BlobRow = { sha256: string; bytes: ArrayBuffer; mimeType: string; size: number; kind: 'original' | 'thumbnail'; addedAt: number };

/** The table's Dexie store: bytes are reached by their hash only. */
export const BLOB_STORE = 'sha256';
