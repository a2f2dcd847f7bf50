import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { BinScreen } from './BinScreen';
import { renderWithDb } from '../../../../test/render-app';
import { freshDatabase } from '../../db/test-db';
import { createPairing } from '../../db/pairings-repo';
import { addAgendaItem, createMission } from '../../db/missions-repo';
import { setDeleted } from '../../db/records-repo';
import { createStakeholder } from '../../db/stakeholders-repo';

async function deletedMission() {
  const db = freshDatabase();
  const pairingId = await createPairing(db, { name: 'Málaga', country: 'ES' }, { name: 'Cartagena de Indias', country: 'CO' });
  const missionId = await createMission(db, (await db.pairings.get(pairingId))!, 'Misión a Cartagena');
  const mission = (await db.table('missions').get(missionId))!;
  await addAgendaItem(db, mission, '2026-06-08', 'Visita a El Espinal');
  await addAgendaItem(db, mission, '2026-06-08', 'Taller en la alcaldía');
  await setDeleted(db, 'mission', missionId, pairingId, true);
  const stakeholderId = await createStakeholder(db, pairingId, { side: 'lac', name: 'Camila Restrepo' });
  await setDeleted(db, 'stakeholder', stakeholderId, pairingId, true);
  return { db, pairingId, missionId };
}

describe('the bin screen', () => {
  it('lists what was deleted under its pairing, with what it takes along, and restores a mission whole', async () => {
    const { db, missionId } = await deletedMission();
    renderWithDb(<BinScreen />, db);
    const group = await screen.findByRole('region', { name: 'Cartagena de Indias – Málaga' });
    expect(within(group).getByText('Misión a Cartagena')).toBeTruthy();
    expect(within(group).getByText('with 2 agenda items')).toBeTruthy();
    expect(within(group).getByText('Camila Restrepo')).toBeTruthy();
    await userEvent.click(within(group).getByRole('button', { name: 'Restore “Misión a Cartagena”' }));
    await waitFor(() => expect(screen.queryByText('Misión a Cartagena')).toBeNull());
    expect((await db.table('missions').get(missionId))?.deleted).toBe(false);
    expect(await db.table('agendaItems').where('missionId').equals(missionId).count()).toBe(2);
  });

  it('says in Spanish what deleting for good removes, and removes it when confirmed', async () => {
    const { db, missionId } = await deletedMission();
    await i18next.changeLanguage('es');
    renderWithDb(<BinScreen />, db);
    await userEvent.click(await screen.findByRole('button', { name: 'Borrar definitivamente: «Misión a Cartagena»' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('«Misión a Cartagena» con 2 puntos de la agenda se borrará de este dispositivo, fotos incluidas. No se puede deshacer.')).toBeTruthy();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Borrar definitivamente' }));
    await waitFor(async () => expect(await db.table('missions').get(missionId)).toBeUndefined());
    expect(await db.table('agendaItems').count()).toBe(0);
    expect(await screen.findByText('Camila Restrepo')).toBeTruthy();
  });
});
