import type { AnyStored } from '../../../shared/model/records';

// The version of a record, as the exchange ledger remembers what a partner was
// sent: its highest field stamp, then a fingerprint of every field's stamp.
// The highest stamp alone is not enough: merging is per field, so a change of
// one field that arrives later (by sync or another bundle) with a stamp older
// than another field's changes the record and leaves its highest stamp as it
// was. Stamps identify writes (a clock time and a device id), so two records
// of one id with the same stamps hold the same values.

/** cyrb53 (a public-domain 53-bit string hash): a short fingerprint, not a security measure. */
function fingerprint(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** `<highest stamp>/<fingerprint of all stamps>`: equal for two copies of a record exactly when they hold the same writes. */
export function recordVersion(record: Pick<AnyStored, 'stamps'>): string {
  const fields = Object.keys(record.stamps).sort();
  let highest = '';
  for (const field of fields) if (record.stamps[field]! > highest) highest = record.stamps[field]!;
  return `${highest}/${fingerprint(fields.map((f) => `${f}=${record.stamps[f]}`).join('\n'))}`;
}
