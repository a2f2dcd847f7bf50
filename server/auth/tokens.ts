import { createHash, randomBytes, randomInt } from 'node:crypto';

/** A session token: 32 random bytes. Only its SHA-256 is stored, so a leaked table opens no session. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

// No 0/O, 1/I/L: a code read aloud over the phone or copied by hand survives.
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** An invitation code like K7QM-4XRT-P2HW (about 59 bits of chance). */
export function newInvitationCode(): string {
  let raw = '';
  for (let i = 0; i < 12; i++) raw += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`;
}

/** The stored form of a code, whatever case or separators the invitee typed. */
export function hashInvitationCode(code: string): string {
  return hashToken(code.toUpperCase().replace(/[^0-9A-Z]/g, ''));
}
