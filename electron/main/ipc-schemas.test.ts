import { describe, expect, it } from 'vitest';
import { externalUrlSchema, MAX_SAVE_BYTES, saveFileRequestSchema } from './ipc-schemas';

const valid = {
  suggestedName: 'dossier-pt.docx',
  data: new Uint8Array([1, 2, 3]),
  mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  dialogTitle: 'Guardar o dossiê',
  filters: [{ name: 'Word', extensions: ['docx'] }],
};

describe('saveFileRequestSchema', () => {
  it('accepts a well-formed request, with or without the optional fields', () => {
    expect(saveFileRequestSchema.safeParse(valid).success).toBe(true);
    const { dialogTitle: _t, filters: _f, ...minimal } = valid;
    expect(saveFileRequestSchema.safeParse(minimal).success).toBe(true);
  });

  it('accepts names with accents and inner dots', () => {
    expect(saveFileRequestSchema.safeParse({ ...valid, suggestedName: 'relatório..missão v2.docx' }).success).toBe(true);
  });

  it.each(['../secret.docx', '..', '.', 'a/b.docx', 'a\\b.docx', '/etc/passwd', 'C:\\x.docx', 'nul\u0000.docx', '', 'x'.repeat(256)])(
    'refuses the suggested name %j',
    (suggestedName) => {
      expect(saveFileRequestSchema.safeParse({ ...valid, suggestedName }).success).toBe(false);
    },
  );

  it('refuses data that is not a Uint8Array', () => {
    for (const data of ['abc', [1, 2, 3], new ArrayBuffer(3), { 0: 1, length: 1 }, null]) {
      expect(saveFileRequestSchema.safeParse({ ...valid, data }).success).toBe(false);
    }
  });

  it('refuses data over the size limit and accepts data at it', () => {
    // A view over a shared buffer gives a large byteLength without using the memory twice.
    const buffer = new ArrayBuffer(MAX_SAVE_BYTES + 1);
    expect(saveFileRequestSchema.safeParse({ ...valid, data: new Uint8Array(buffer) }).success).toBe(false);
    expect(saveFileRequestSchema.safeParse({ ...valid, data: new Uint8Array(buffer, 1) }).success).toBe(true);
  });

  it('refuses a long dialog title, bad filters and unknown fields', () => {
    expect(saveFileRequestSchema.safeParse({ ...valid, dialogTitle: 't'.repeat(201) }).success).toBe(false);
    expect(saveFileRequestSchema.safeParse({ ...valid, filters: [{ name: 'Word', extensions: ['../docx'] }] }).success).toBe(false);
    expect(saveFileRequestSchema.safeParse({ ...valid, defaultPath: '/etc' }).success).toBe(false);
    expect(saveFileRequestSchema.safeParse({ ...valid, mimeType: undefined }).success).toBe(false);
  });
});

describe('externalUrlSchema', () => {
  it('accepts http and https URLs', () => {
    expect(externalUrlSchema.safeParse('https://example.org/a?b=c').success).toBe(true);
    expect(externalUrlSchema.safeParse('http://127.0.0.1:8080/').success).toBe(true);
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,x', 'ms-msdt:/id', 'ftp://example.org', 'example.org', ''])(
    'refuses %j',
    (url) => {
      expect(externalUrlSchema.safeParse(url).success).toBe(false);
    },
  );

  it('refuses non-strings', () => {
    expect(externalUrlSchema.safeParse(42).success).toBe(false);
    expect(externalUrlSchema.safeParse({ href: 'https://example.org' }).success).toBe(false);
  });
});
