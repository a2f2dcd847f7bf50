import { v7 } from 'uuid';

// Ids are made on the device, so work done offline needs no server. UUID v7
// sorts by creation time, which keeps outbox order and index locality.
export function newId(): string {
  return v7();
}
