import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { MissionsScreen } from './MissionsScreen';
import { renderWithDb } from '../../../../test/render-app';
import { freshDatabase } from '../../db/test-db';
import { createPairing } from '../../db/pairings-repo';
import { addAgendaItem, createMission } from '../../db/missions-repo';
import { missionTables } from '../../db/schema-missions';
import { updateRecord } from '../../db/records-repo';
import { dateFieldGroup, typeDate, typeTime } from '../../../../test/date-fields';

async function missionWithAgenda() {
  const db = freshDatabase();
  const pairingId = await createPairing(db, { name: 'Málaga', country: 'ES' }, { name: 'Cartagena de Indias', country: 'CO' });
  const pairing = (await db.pairings.get(pairingId))!;
  const missionId = await createMission(db, pairing, 'Visita a Cartagena');
  const mission = (await missionTables(db).missions.get(missionId))!;
  await updateRecord(db, 'mission', missionId, pairingId, { startDate: '2026-11-09', endDate: '2026-11-13' });
  const ids: string[] = [];
  for (const title of ['Bienvenida', 'Recorrido El Espinal', 'Taller']) ids.push(await addAgendaItem(db, mission, '2026-11-10', title));
  renderWithDb(<MissionsScreen pairingId={pairingId} />, db);
  await screen.findByRole('heading', { name: 'Agenda' });
  return { db, ids, mission };
}

const titlesOnScreen = () => screen.getAllByRole('listitem').filter((li) => li.classList.contains('missions-item')).map((li) => li.getAttribute('aria-label'));

describe('the agenda editor', () => {
  it('shows each item in the host zone and in the visitors zone', async () => {
    await missionWithAgenda();
    // 09:00 in Bogotá is 15:00 in Madrid in November.
    const first = await screen.findByRole('listitem', { name: 'Bienvenida' });
    expect(within(first).getByText(/^09:00–10:00 in Bogotá · 15:00–16:00 in Madrid$/)).toBeTruthy();
  });

  it('moves an item up with Alt+ArrowUp on its handle, saved in the database, focus kept on it', async () => {
    const { db, ids } = await missionWithAgenda();
    await waitFor(() => expect(titlesOnScreen()).toEqual(['Bienvenida', 'Recorrido El Espinal', 'Taller']));
    const handle = screen.getByRole('button', { name: 'Move “Taller”' });
    handle.focus();
    fireEvent.keyDown(handle, { key: 'ArrowUp', altKey: true });
    await waitFor(() => expect(titlesOnScreen()).toEqual(['Bienvenida', 'Taller', 'Recorrido El Espinal']));
    const stored = await missionTables(db).agendaItems.bulkGet(ids);
    expect(stored.map((i) => i!.order)).toEqual([0, 2, 1]);
    expect(await screen.findByText('“Taller” is now 2 of 3.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move “Taller”' })));
  });

  it('ignores an arrow without Alt, and moves down with the button', async () => {
    await missionWithAgenda();
    const handle = await screen.findByRole('button', { name: 'Move “Bienvenida”' });
    fireEvent.keyDown(handle, { key: 'ArrowDown' });
    fireEvent.click(screen.getByRole('button', { name: 'Move “Bienvenida” down' }));
    await waitFor(() => expect(titlesOnScreen()).toEqual(['Recorrido El Espinal', 'Bienvenida', 'Taller']));
    expect((screen.getByRole('button', { name: 'Move “Recorrido El Espinal” up' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('warns of an overlap and of a day outside the mission dates, and duplicates a day', async () => {
    const { db, ids, mission } = await missionWithAgenda();
    const first = (await missionTables(db).agendaItems.get(ids[0]!))!;
    await updateRecord(db, 'agendaItem', first.id, first.pairingId, { end: '10:30' });
    expect((await screen.findAllByText(/Overlaps with/)).length).toBe(2);
    fireEvent.click(screen.getByRole('button', { name: 'Duplicate day' }));
    await waitFor(async () => expect((await missionTables(db).agendaItems.toArray()).filter((i) => i.date === '2026-11-11')).toHaveLength(3));
    const day = await screen.findByRole('region', { name: /11 November 2026/ });
    expect(within(day).getAllByRole('listitem').filter((li) => li.classList.contains('missions-item'))).toHaveLength(3);
    expect(screen.queryByText("This day is outside the mission's dates.")).toBeNull();
    await updateRecord(db, 'mission', mission.id, mission.pairingId, { endDate: '2026-11-10' });
    expect(await screen.findAllByText("This day is outside the mission's dates.")).toHaveLength(3);
    // End time before start: refused with a message, nothing saved.
    await typeTime(dateFieldGroup('End', screen.getAllByRole('listitem', { name: 'Bienvenida' })[0]!), '08:00');
    expect(await screen.findByText('The end must be later than the start.')).toBeTruthy();
    expect((await missionTables(db).agendaItems.get(ids[0]!))!.end).toBe('10:30');
  });
});

describe('the delegation', () => {
  it('finds a stakeholder by the start of the name without accents, adds and removes them', async () => {
    const { db, mission } = await missionWithAgenda();
    const { createRecord } = await import('../../db/records-repo');
    const { newStakeholderFields } = await import('../../../../shared/stakeholders/schema');
    const joaquin = await createRecord(db, 'stakeholder', mission.pairingId, newStakeholderFields({ side: 'lac', name: 'Joaquín Núñez', organisation: 'Universidad de Cartagena' }));
    await createRecord(db, 'stakeholder', mission.pairingId, newStakeholderFields({ side: 'lac', name: 'Ana Torres' }));
    fireEvent.change(screen.getByLabelText('Find a stakeholder by the start of their name'), { target: { value: 'joaq' } });
    const add = await screen.findByRole('button', { name: 'Add' });
    expect(screen.getByText('Joaquín Núñez (Universidad de Cartagena)')).toBeTruthy();
    expect(screen.queryByText(/Ana Torres/)).toBeNull();
    fireEvent.click(add);
    await waitFor(async () => expect((await missionTables(db).missions.get(mission.id))!.delegation).toEqual([joaquin]));
    fireEvent.click(await screen.findByRole('button', { name: 'Remove Joaquín Núñez (Universidad de Cartagena) from the delegation' }));
    await waitFor(async () => expect((await missionTables(db).missions.get(mission.id))!.delegation).toEqual([]));
  });
});

describe('the open mission', () => {
  it('is kept in the URL, so opening the screen with that URL opens it again', async () => {
    const db = freshDatabase();
    const pairingId = await createPairing(db, { name: 'Málaga', country: 'ES' }, { name: 'Cartagena de Indias', country: 'CO' });
    const pairing = (await db.pairings.get(pairingId))!;
    await createMission(db, pairing, 'Primera misión');
    const second = await createMission(db, pairing, 'Misión de retorno', 'lac-to-eu');
    const first = renderWithDb(<MissionsScreen pairingId={pairingId} />, db);
    fireEvent.click(await screen.findByRole('button', { name: /Misión de retorno/ }));
    await waitFor(() => expect(window.location.hash).toBe(`#/pairing/${pairingId}/missions/${second}`));
    first.unmount();
    renderWithDb(<MissionsScreen pairingId={pairingId} missionId={second} />, db);
    expect(await screen.findByRole('heading', { name: 'Misión de retorno', level: 2 })).toBeTruthy();
  });
});

describe('moving an item to another day', () => {
  it('puts it last on that day and says so', async () => {
    const { db, ids } = await missionWithAgenda();
    const { addAgendaItem: add } = await import('../../db/missions-repo');
    const mission = (await missionTables(db).missions.toArray())[0]!;
    const other = await add(db, mission, '2026-11-11', 'Taller participativo');
    const row = await screen.findByRole('listitem', { name: 'Bienvenida' });
    // The day is among the details, which are made when opened.
    expect(within(row).queryByRole('group', { name: 'Day' })).toBeNull();
    fireEvent.click(within(row).getByText('Venue, hosts, participants and notes'));
    await within(row).findByRole('group', { name: 'Day' });
    await typeDate(dateFieldGroup('Day', row), '2026-11-11');
    await waitFor(async () => expect((await missionTables(db).agendaItems.get(ids[0]!))).toMatchObject({ date: '2026-11-11' }));
    const moved = (await missionTables(db).agendaItems.get(ids[0]!))!;
    expect(moved.order).toBeGreaterThan((await missionTables(db).agendaItems.get(other))!.order);
    expect(await screen.findByText(/“Bienvenida” moved to/)).toBeTruthy();
  });
});
