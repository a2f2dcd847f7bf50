import i18next from 'i18next';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { UcapScreen } from './UcapScreen';
import { renderWithDb } from '../../../../test/render-app';
import { freshDatabase } from '../../db/test-db';
import { createPairing } from '../../db/pairings-repo';
import { createRecord, updateRecord } from '../../db/records-repo';
import { ucapTable } from '../../db/schema-ucap';
import { followPairing, writeSyncSettings } from '../../sync/sync-settings';
import type { PonteDatabase } from '../../db/database';
import { useUiStore } from '../../state/ui-store';
import { dateFieldGroup, typeDate } from '../../../../test/date-fields';
import { QuestionDialog } from '../../components/QuestionDialog';

async function openUcap() {
  const db = freshDatabase();
  const pairingId = await createPairing(db, { name: 'Málaga', country: 'ES' }, { name: 'Cartagena de Indias', country: 'CO' });
  await updateRecord(db, 'pairing', pairingId, pairingId, { startDate: '2026-01-01', endDate: '2027-06-30' });
  // With the app shell's question dialog, which asks before an edit withdraws agreements.
  renderWithDb(<><UcapScreen pairingId={pairingId} /><QuestionDialog /></>, db);
  fireEvent.click(await screen.findByRole('button', { name: 'Start the UCAP' }));
  await screen.findByRole('heading', { name: 'Completeness' });
  return { db, pairingId };
}

/** A position on each side with someone in it today, as the dossier's team would have. */
async function teamWithSigners(db: PonteDatabase, pairingId: string) {
  const position = async (side: 'eu' | 'lac', title: string, name: string, email: string) => {
    const id = await createRecord(db, 'position', pairingId, { deleted: false, side, title, organisation: '' });
    await createRecord(db, 'assignment', pairingId, { deleted: false, positionId: id, name, email, phone: '', organisation: '', from: '2026-01-01', to: null, handoverNote: '' });
  };
  await position('eu', 'International relations officer', 'Rocío Martín', 'r.martin@malaga.example');
  await position('lac', 'Cooperation coordinator', 'Andrés Castillo', 'a.castillo@cartagena.example');
}

/** Picks, for each side, the position that signs its agreement. */
async function chooseSigners() {
  const eu = (await screen.findByRole('option', { name: 'International relations officer' })).getAttribute('value');
  fireEvent.change(screen.getByLabelText('Signs for Málaga'), { target: { value: eu } });
  fireEvent.change(screen.getByLabelText('Signs for Cartagena de Indias'), { target: { value: screen.getByRole('option', { name: 'Cooperation coordinator' }).getAttribute('value') } });
  await screen.findByText('Held now by Andrés Castillo');
}

const issues = () => within(screen.getByRole('region', { name: 'Completeness' })).queryAllByRole('button').map((b) => b.textContent);

function type(label: string | RegExp | HTMLElement, value: string) {
  const field = label instanceof HTMLElement ? label : screen.getByLabelText(label);
  fireEvent.change(field, { target: { value } });
  fireEvent.blur(field);
  return field;
}

describe('the UCAP editor', () => {
  it('lists what is missing, and each item jumps to its place and focuses it', async () => {
    await openUcap();
    expect(issues()).toContain('Actions and pilot projects There are no actions.');
    fireEvent.click(screen.getByRole('button', { name: /There are no actions\./ }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add an action' }));
    fireEvent.click(screen.getByRole('button', { name: /The context of the cities is empty\./ }));
    expect(document.activeElement).toBe(screen.getByLabelText('Context of both cities (EN)'));
  });

  it('saves a text in the language being written, and lists it as missing in the others', async () => {
    const { db } = await openUcap();
    type('Context of both cities (EN)', 'Two port cities\nwith “tourism” pressure 🌊');
    await waitFor(() => expect(issues()).not.toContain('Context and shared challenges The context of the cities is empty.'));
    const plan = (await ucapTable(db, 'ucapPlan').toArray())[0]!;
    expect(plan.context).toEqual({ en: 'Two port cities\nwith “tourism” pressure 🌊' });
    fireEvent.click(screen.getByRole('radio', { name: 'Spanish' }));
    const missing = screen.getByRole('region', { name: 'Missing in Spanish' });
    const item = within(missing).getByRole('button', { name: /Two port cities/ });
    expect(screen.getByText('Missing in ES, PT')).toBeTruthy();
    fireEvent.click(item);
    expect(document.activeElement).toBe(screen.getByLabelText('Context of both cities (ES)'));
    type('Context of both cities (ES)', 'Dos ciudades portuarias');
    await waitFor(async () => expect((await ucapTable(db, 'ucapPlan').get(plan.id))!.context).toEqual({ en: 'Two port cities\nwith “tourism” pressure 🌊', es: 'Dos ciudades portuarias' }));
  });

  it('flags an action without indicator and outside the period, and the item focuses its date', async () => {
    await openUcap();
    fireEvent.click(screen.getByRole('button', { name: 'Add a pilot project' }));
    await screen.findByLabelText('Title (EN)');
    type('Title (EN)', 'El Espinal meeting place');
    await waitFor(() => expect(issues()).toContain('Actions and pilot projects “El Espinal meeting place” has no indicator.'));
    await typeDate('Start', '2026-03-01');
    await typeDate('End', '2027-09-30');
    const outside = await screen.findByRole('button', { name: /“El Espinal meeting place” falls outside the pairing's period\./ });
    fireEvent.click(outside);
    expect(dateFieldGroup('End').contains(document.activeElement)).toBe(true);
    expect(screen.getByRole('table')).toBeTruthy();
  });

  it('lets an action and a risk say which language their single-language texts are written in', async () => {
    const { db } = await openUcap();
    fireEvent.click(screen.getByRole('button', { name: 'Add a pilot project' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add a risk' }));
    const [action, risk] = await screen.findAllByLabelText('Texts written in');
    fireEvent.change(action!, { target: { value: 'es' } });
    fireEvent.change(risk!, { target: { value: 'pt' } });
    await waitFor(async () => expect((await ucapTable(db, 'ucapAction').toArray()).map((a) => a.writtenIn)).toEqual(['es']));
    await waitFor(async () => expect((await ucapTable(db, 'ucapRisk').toArray()).map((r) => r.writtenIn)).toEqual(['pt']));
  });

  it('totals the budget per currency and in the reporting currency with the rate used; a bad amount is refused', async () => {
    const { db } = await openUcap();
    fireEvent.click(screen.getByRole('button', { name: 'Add a budget line' }));
    await screen.findByLabelText('Amount');
    type('Amount', '1,5');
    expect(await screen.findByText('Write the amount in digits, e.g. 1250.50 or 1,250.50.')).toBeTruthy();
    expect((await ucapTable(db, 'ucapBudgetLine').toArray())[0]!.amount).toBe('');
    type('Amount', '25000000');
    fireEvent.change(screen.getAllByLabelText('Currency')[0]!, { target: { value: 'COP' } });
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Totals per currency' })).getByText(/COP\s25,000,000/)).toBeTruthy());
    expect(screen.getByText('Not counted, no exchange rate: COP.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add an exchange rate' }));
    await screen.findByLabelText('1 COP in EUR');
    type('1 COP in EUR', '0.00023');
    await waitFor(() => expect(screen.getByText('Total in EUR:').parentElement!.textContent).toContain('€5,750.00'));
    expect(screen.getByText(/Rates used: 1 COP = 0.00023 EUR/)).toBeTruthy();
  });

  it('takes amounts and rates as a Spanish user writes them, and stores them exactly', async () => {
    const { db } = await openUcap();
    await act(() => i18next.changeLanguage('es'));
    fireEvent.click(screen.getByRole('button', { name: 'Añadir una línea de presupuesto' }));
    const amount = await screen.findByLabelText('Importe');
    fireEvent.change(amount, { target: { value: '1.250,50' } });
    fireEvent.blur(amount);
    await waitFor(async () => expect((await ucapTable(db, 'ucapBudgetLine').toArray())[0]!.amount).toBe('1250.50'));
    // Shown back as the language writes it, without thousands marks (easier to edit).
    await waitFor(() => expect((screen.getByLabelText('Importe') as HTMLInputElement).value).toBe('1250,50'));
  });

  it('goes through review and agreement of both sides to submitted, read-only until reopened', async () => {
    const { db, pairingId } = await openUcap();
    await teamWithSigners(db, pairingId);
    fireEvent.click(screen.getByRole('button', { name: 'Send for review' }));
    // Nobody can agree for a side before its signing position is chosen.
    expect((await screen.findByRole('button', { name: 'Mark the agreement of Málaga' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Choose the position that signs for Málaga first.')).toBeTruthy();
    await chooseSigners();
    await waitFor(() => expect((screen.getByRole('button', { name: 'Mark the agreement of Málaga' }) as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(screen.getByRole('button', { name: 'Mark the agreement of Málaga' }));
    await screen.findByText(/Málaga agrees \(marked by Rocío Martín <r.martin@malaga.example>\)/);
    expect(screen.queryByRole('button', { name: 'Mark as submitted' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Mark the agreement of Cartagena de Indias' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Mark as submitted' }));
    await screen.findByText('Submitted', { selector: '.ucap-badge' });
    expect((screen.getByRole('group', { name: 'Sections of the UCAP' }) as HTMLFieldSetElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Reopen' }));
    await screen.findByText('Draft', { selector: '.ucap-badge' });
    expect((screen.getByRole('group', { name: 'Sections of the UCAP' }) as HTMLFieldSetElement).disabled).toBe(false);
  });

  it('withdraws both agreements when the agreed text changes', async () => {
    const { db, pairingId } = await openUcap();
    await teamWithSigners(db, pairingId);
    await chooseSigners();
    fireEvent.click(screen.getByRole('button', { name: 'Send for review' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Mark the agreement of Málaga' }));
    await screen.findByText(/Málaga agrees/);
    fireEvent.click(screen.getByRole('button', { name: 'Mark the agreement of Cartagena de Indias' }));
    await screen.findByRole('button', { name: 'Mark as submitted' });
    // Said before any edit: who agreed, and when.
    const notice = screen.getByTestId('withdraw-notice');
    expect(within(notice).getAllByRole('listitem').map((li) => li.textContent)).toEqual([expect.stringMatching(/^Málaga: agreed by Rocío Martín on .*2026/), expect.stringMatching(/^Cartagena de Indias: agreed by Andrés Castillo on .*2026/)]);
    expect(notice.textContent).toContain('Editing the plan now withdraws these agreements');
    // Asked before the edit withdraws them; keeping them keeps the draft, unsaved, and says why.
    type('Shared challenges (EN)', 'A late change');
    let dialog = await screen.findByRole('dialog', { name: 'Withdraw the recorded agreements?' });
    expect(within(dialog).getByText(/This change withdraws the agreement of Málaga, given by Rocío Martín on .* and the agreement of Cartagena de Indias, given by Andrés Castillo on /)).toBeTruthy();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Keep the agreements' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep the agreements' }));
    await screen.findByText(/Not saved: the agreements stand/);
    expect((await ucapTable(db, 'ucapPlan').toArray())[0]).toMatchObject({ status: 'agreed', euAgreed: true, lacAgreed: true });
    expect(useUiStore.getState().unsavedDrafts.map((d) => d.label)).toEqual(['Shared challenges (EN)']);
    // Asked again, the user goes ahead: the edit and the withdrawal land together.
    type('Shared challenges (EN)', 'A late change!');
    dialog = await screen.findByRole('dialog', { name: 'Withdraw the recorded agreements?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Change and withdraw' }));
    await waitFor(async () => expect((await ucapTable(db, 'ucapPlan').toArray())[0]).toMatchObject({ status: 'in-review', euAgreed: false, lacAgreed: false, challenges: { en: 'A late change!' } }));
    expect(useUiStore.getState().unsavedDrafts).toEqual([]);
    await waitFor(() => expect(screen.queryByTestId('withdraw-notice')).toBeNull());
    await waitFor(async () => expect((await ucapTable(db, 'ucapPlan').toArray())[0]).toMatchObject({ status: 'in-review', euAgreed: false, lacAgreed: false, challenges: { en: 'A late change!' } }));
    expect(await screen.findByRole('button', { name: 'Mark the agreement of Málaga' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Mark as submitted' })).toBeNull();
  });

  it('on a shared pairing, lets only the account of the signing holder mark that side’s agreement', async () => {
    const { db, pairingId } = await openUcap();
    await teamWithSigners(db, pairingId);
    await followPairing(db, pairingId, 'editor');
    const signIn = (email: string) => writeSyncSettings(db, { session: { token: 't', expiresAt: '2999-01-01T00:00:00Z', account: { id: email, email, name: email } } });
    await act(() => signIn('a.castillo@cartagena.example'));
    await chooseSigners();
    fireEvent.click(screen.getByRole('button', { name: 'Send for review' }));
    const malaga = () => screen.getByRole('button', { name: 'Mark the agreement of Málaga' }) as HTMLButtonElement;
    await screen.findByText('Only Rocío Martín <r.martin@malaga.example>, who signs for Málaga, can mark or withdraw its agreement. You are signed in as a.castillo@cartagena.example.');
    expect(malaga().disabled).toBe(true);
    await waitFor(() => expect((screen.getByRole('button', { name: 'Mark the agreement of Cartagena de Indias' }) as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(screen.getByRole('button', { name: 'Mark the agreement of Cartagena de Indias' }));
    await waitFor(async () => expect((await ucapTable(db, 'ucapPlan').toArray())[0]).toMatchObject({ lacAgreed: true, lacAgreedBy: 'Andrés Castillo <a.castillo@cartagena.example>', euAgreed: false }));
    // The Málaga holder, on her own device, may.
    await act(() => signIn('R.Martin@malaga.example'));
    await waitFor(() => expect(malaga().disabled).toBe(false));
  });
});

describe('versions of the UCAP', () => {
  it('saves one at each status change and by name, compares it with now, and restores it', async () => {
    const { db } = await openUcap();
    type('Context of both cities (EN)', 'First context');
    await waitFor(async () => expect((await ucapTable(db, 'ucapPlan').toArray())[0]!.context.en).toBe('First context'));
    fireEvent.change(screen.getByLabelText('Name of the version'), { target: { value: 'Borrador inicial' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save this version' }));
    await screen.findByText('Borrador inicial');
    fireEvent.click(screen.getByRole('button', { name: 'Send for review' }));
    await screen.findByText('Sent for review');
    expect(await ucapTable(db, 'ucapSnapshot').count()).toBe(2);

    fireEvent.click(screen.getByRole('button', { name: 'Back to draft' }));
    await screen.findByText('Back to draft', { selector: 'strong' });
    type('Context of both cities (EN)', 'Second context');
    fireEvent.click(screen.getByRole('button', { name: 'Add a general objective' }));
    fireEvent.change(screen.getByLabelText('Compare'), { target: { value: (await ucapTable(db, 'ucapSnapshot').toArray()).find((s) => s.name === 'Borrador inicial')!.id } });
    await waitFor(() => {
      const diff = screen.getByRole('region', { name: 'Differences' });
      expect(within(diff).getByText('Context of both cities')).toBeTruthy();
      expect(within(diff).getByRole('heading', { name: 'Objectives' })).toBeTruthy();
    });
    // The changed text itself, word by word, each change said to screen readers.
    const diff = screen.getByRole('region', { name: 'Differences' });
    expect(within(diff).getByText('Context of both cities (English)')).toBeTruthy();
    expect([...diff.querySelectorAll('del')].map((d) => d.textContent)).toEqual(['removed: First']);
    expect([...diff.querySelectorAll('ins')].map((d) => d.textContent)).toEqual(['added: Second']);
    expect(diff.querySelector('.ucap-word-diff')!.textContent).toBe('removed: Firstadded: Second context');

    const row = screen.getByText('Borrador inicial').closest('li')!;
    fireEvent.click(within(row).getByRole('button', { name: 'Restore' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Restore' }));
    await waitFor(async () => expect((await ucapTable(db, 'ucapPlan').toArray())[0]!.context.en).toBe('First context'));
    expect((await ucapTable(db, 'ucapObjective').toArray()).every((o) => o.deleted)).toBe(true);
    await screen.findByText('Before restoring “Borrador inicial”');

    // A version no longer worth keeping is removed, and Undo brings it back.
    fireEvent.click(screen.getByRole('button', { name: 'Remove the version “Borrador inicial”' }));
    await waitFor(() => expect(screen.queryByText('Borrador inicial')).toBeNull());
    expect((await ucapTable(db, 'ucapSnapshot').toArray()).find((s) => s.name === 'Borrador inicial')!.deleted).toBe(true);
    // The toast itself is the app shell's; its Undo is what the button runs.
    const toast = useUiStore.getState().toasts.find((x) => x.message === 'Version “Borrador inicial” removed.')!;
    expect(toast.action?.label).toEqual({ key: 'ui:common.undo' }); // translated when shown (Toasts)
    await act(async () => {
      await toast.action!.run();
    });
    await screen.findByText('Borrador inicial');
  });
});

describe('the indicator, risk and communication editors', () => {
  it('groups indicators by level, links one to an action, and the action stops lacking one', async () => {
    const { db } = await openUcap();
    fireEvent.click(screen.getByRole('button', { name: 'Add an action' }));
    type(await screen.findByLabelText('Title (EN)'), 'Workshops');
    await waitFor(() => expect(issues()).toContain('Actions and pilot projects “Workshops” has no indicator.'));
    fireEvent.click(screen.getByRole('button', { name: 'Add an operational indicator' }));
    const operational = screen.getByRole('region', { name: 'Institutional / operational' });
    await within(operational).findByLabelText('Indicator (EN)');
    expect(within(screen.getByRole('region', { name: 'Strategic / territorial' })).getByText('No indicators at this level.')).toBeTruthy();
    fireEvent.change(within(operational).getByLabelText('Linked action'), { target: { value: (await ucapTable(db, 'ucapAction').toArray())[0]!.id } });
    await waitFor(() => expect(issues()).not.toContain('Actions and pilot projects “Workshops” has no indicator.'));
    fireEvent.change(within(operational).getByLabelText('Level'), { target: { value: 'strategic' } });
    await within(screen.getByRole('region', { name: 'Strategic / territorial' })).findByLabelText('Indicator (EN)');
    expect((await ucapTable(db, 'ucapIndicator').toArray())[0]!.level).toBe('strategic');
  });

  it('records a negative externality with its grades, and removes it with Undo', async () => {
    const { db } = await openUcap();
    fireEvent.click(screen.getByRole('button', { name: 'Add a negative externality' }));
    type(await screen.findByLabelText('Risk or externality (EN)'), 'Gentrification');
    fireEvent.change(screen.getByLabelText('Likelihood'), { target: { value: 'high' } });
    await waitFor(async () => expect((await ucapTable(db, 'ucapRisk').toArray())[0]).toMatchObject({ kind: 'externality', likelihood: 'high', title: { en: 'Gentrification' } }));
    fireEvent.click(within(screen.getByRole('article', { name: 'Gentrification' })).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Gentrification' })).toBeNull());
    expect((await ucapTable(db, 'ucapRisk').toArray())[0]!.deleted).toBe(true);
  });
});
