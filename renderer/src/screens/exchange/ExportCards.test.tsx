import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithDb } from '../../../../test/render-app';
import { freshDatabase } from '../../db/test-db';
import { updateRecord, writeBatch as writeRecords } from '../../db/records-repo';
import { setPlatform } from '../../platform/platform';
import { createBrowserPlatform } from '../../platform/browser-platform';
import { readBundle } from '../../../../shared/bundle/read';
import { seedRecords } from '../../../../shared/kinds/seeds';
import { testPlatform } from '../../backup/test-platform';
import { formatDate } from '../../backup/format-date';
import { ExportPairingsCard } from './ExportCards';

// The card that hands pairings to a partner: who receives the file, and
// everything or only what changed since their last file. Real Dexie on
// fake-indexeddb, a database per test; the save dialog is the test platform's.

// seedRecords names both sides Cartagena de Indias (LAC) and Málaga (EU).
const P1 = 'Cartagena de Indias – Málaga';

afterEach(() => setPlatform(createBrowserPlatform()));

// jsdom has no CSS.escape, which user-event needs to move between radios with the arrow keys (the group's name comes from useId).
if (!globalThis.CSS?.escape) Object.assign(globalThis, { CSS: { ...globalThis.CSS, escape: (s: string) => s.replace(/[^\w-]/g, (c) => `\\${c}`) } });

/** A record of every kind in each pairing, photos left out (their bytes are hashed by Node's WebCrypto, which refuses jsdom's buffers). */
async function deviceWithPairings(...ids: string[]) {
  const db = freshDatabase();
  for (const id of ids) await writeRecords(db, seedRecords(id).filter((s) => s.kind !== 'photo').map((s) => ({ kind: s.kind, recordId: s.id, pairingId: id, fields: s.fields })));
  return db;
}

const onlyChanges = () => screen.getByRole('radio', { name: /^Only what changed/ });
const checked = (el: HTMLElement) => (el as HTMLInputElement).checked;
const disabled = (el: HTMLElement) => (el as HTMLInputElement).disabled;
/** What a screen reader says after the name: the text of the elements aria-describedby points to. */
const description = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim();
const contentsOf = async (p: ReturnType<typeof testPlatform>, n: number) => readBundle(p.saved[n]!.data as Uint8Array);

describe('the card that hands pairings to a partner', () => {
  it('sends everything to a named partner first, then only what changed, saying how many records went in', async () => {
    const user = userEvent.setup();
    const p = testPlatform({ desktop: true });
    setPlatform(p);
    const db = await deviceWithPairings('p1');
    renderWithDb(<ExportPairingsCard />, db);

    await user.click(await screen.findByRole('checkbox', { name: P1 }));
    // No partner named: only "everything" can be chosen, and the card says why.
    expect(checked(screen.getByRole('radio', { name: 'Everything in the chosen pairings' }))).toBe(true);
    expect(disabled(onlyChanges())).toBe(true);
    expect(description(onlyChanges())).toBe('Name the partner to send only what changed since their last file.');
    await user.type(screen.getByRole('textbox', { name: 'Partner who receives the file' }), 'Cartagena');
    expect(disabled(onlyChanges())).toBe(true);
    expect(description(onlyChanges())).toBe('No earlier file for Cartagena holds the chosen pairings, so everything goes in.');

    await user.click(screen.getByRole('button', { name: 'Export the chosen pairings' }));
    const first = await screen.findByText(/^The file is saved: \d+ records went in\.$/);
    const firstFile = await contentsOf(p, 0);
    const total = Object.values(firstFile.manifest.counts).reduce((s, n) => s + n, 0);
    expect(first.textContent).toBe(`The file is saved: ${total} records went in.`);

    // The partner is listed with the date of their file; choosing them fills the field.
    const date = formatDate(Date.parse(firstFile.manifest.createdAt), 'en');
    const partners = screen.getByRole('group', { name: 'Partners you have handed files to' });
    await user.clear(screen.getByRole('textbox', { name: 'Partner who receives the file' }));
    await user.click(within(partners).getByRole('button', { name: `Cartagena, last file on ${date}` }));
    expect((screen.getByRole('textbox', { name: 'Partner who receives the file' }) as HTMLInputElement).value).toBe('Cartagena');

    await updateRecord(db, 'mission', 'p1-mission', 'p1', { title: 'Misión técnica a Málaga' });
    const limited = screen.getByRole('radio', { name: `Only what changed since the file of ${date} for Cartagena` });
    expect(disabled(limited)).toBe(false);
    // By keyboard: Tab lands on the chosen radio of the group, the arrow key moves to the other one.
    screen.getByRole('button', { name: `Cartagena, last file on ${date}` }).focus();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Everything in the chosen pairings' }));
    await user.keyboard('{ArrowDown}');
    expect(checked(limited)).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Export the chosen pairings' }));
    await screen.findByText('The file is saved: 1 record went in.');
    const second = await contentsOf(p, 1);
    expect(second.records.mission?.map((m) => m.title)).toEqual(['Misión técnica a Málaga']);
    expect(second.manifest.counts).toEqual({ mission: 1 });
  });

  it('leaves the ledger as it was when the save dialog is cancelled, and says which pairings go whole', async () => {
    const user = userEvent.setup();
    const p = testPlatform({ desktop: true });
    setPlatform(p);
    const db = await deviceWithPairings('p1', 'p2');
    const eu = (await db.pairings.get('p2'))!.eu;
    await updateRecord(db, 'pairing', 'p2', 'p2', { eu: { ...eu, municipalities: eu.municipalities.map((m) => ({ ...m, name: 'Porto' })) } });
    const other = 'Cartagena de Indias – Porto';
    renderWithDb(<ExportPairingsCard />, db);
    await screen.findByRole('checkbox', { name: other });

    await user.click(screen.getByRole('checkbox', { name: P1 }));
    await user.type(screen.getByRole('textbox', { name: 'Partner who receives the file' }), 'Recife');
    await user.click(screen.getByRole('button', { name: 'Export the chosen pairings' }));
    await screen.findByText(/^The file is saved/);
    const ledger = await db.exchangeLedger.toArray();
    expect(ledger.map((r) => [r.partner, r.pairingId])).toEqual([['Recife', 'p1']]);

    // Both pairings now: one has an earlier file for Recife, the other goes whole.
    await user.click(screen.getByRole('checkbox', { name: other }));
    await user.click(onlyChanges());
    expect(description(onlyChanges())).toBe(`${other} has no earlier file for Recife and goes whole.`);

    p.saveFile = async (request) => {
      p.saved.push(request);
      return { status: 'cancelled' };
    };
    await user.click(screen.getByRole('button', { name: 'Export the chosen pairings' }));
    await waitFor(() => expect(p.saved).toHaveLength(2));
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
    expect(screen.queryByText(/^The file is saved/)).toBeNull();
    expect(await db.exchangeLedger.toArray()).toEqual(ledger);
  });

  it('speaks the interface language, dates included', async () => {
    const user = userEvent.setup();
    setPlatform(testPlatform({ desktop: true }));
    const db = await deviceWithPairings('p1');
    const sentAt = Date.UTC(2026, 10, 20, 12);
    await db.exchangeLedger.put({ partnerKey: 'málaga', pairingId: 'p1', partner: 'Málaga', sentAt, records: {} });
    await i18next.changeLanguage('es');
    renderWithDb(<ExportPairingsCard />, db);
    await user.click(await screen.findByRole('checkbox', { name: P1 }));
    const date = formatDate(sentAt, 'es');
    expect(date).toMatch(/nov/);
    await user.click(screen.getByRole('button', { name: `Málaga, último archivo el ${date}` }));
    expect(disabled(screen.getByRole('radio', { name: `Solo lo que cambió desde el archivo del ${date} para Málaga` }))).toBe(false);
  });
});
