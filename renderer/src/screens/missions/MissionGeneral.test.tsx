import { act, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { MissionGeneral } from './MissionGeneral';
import { renderWithDb } from '../../../../test/render-app';
import { newMissionFields } from '../../../../shared/missions/defaults';
import { newPairingFields } from '../../../../shared/model/defaults';
import type { Mission } from '../../../../shared/missions/mission';
import type { Pairing } from '../../../../shared/model/pairing';

const municipality = (id: string, name: string, country: string) => ({ id, name, country });
const pairing = { id: 'p', ...newPairingFields(municipality('eu', 'Málaga', 'ES') as never, municipality('lac', 'São Paulo', 'BR') as never) } as unknown as Pairing;
const mission = { id: 'm', pairingId: 'p', ...newMissionFields(pairing, 'Misión') } as Mission;

const zoneOptions = (label: string) => within(screen.getByLabelText(label)).getAllByRole('option').map((o) => o.textContent ?? '');
const chosen = (label: string) => (screen.getByLabelText(label) as HTMLSelectElement).selectedOptions[0]!.textContent;

describe('the mission’s time zones', () => {
  it('are named by their city in the interface language, never by their IANA id', async () => {
    await act(() => i18next.changeLanguage('es'));
    renderWithDb(<MissionGeneral mission={mission} pairing={pairing} update={async () => undefined} />);
    expect(chosen('Zona horaria de la ciudad anfitriona')).toMatch(/^hora de São Paulo \(GMT-3\)$/);
    expect(chosen('Zona horaria de los visitantes')).toMatch(/^hora de Madrid \(GMT\+[12]\)$/);
    // The whole list fills in just after the first paint; the chosen zone is there from the start.
    await waitFor(() => expect(zoneOptions('Zona horaria de la ciudad anfitriona').length).toBeGreaterThan(50));
    const options = zoneOptions('Zona horaria de la ciudad anfitriona');
    expect(options).toContain('hora de Bogotá (GMT-5)');
    expect(options).toContain('hora de Ciudad de México (GMT-6)');
    expect(options.filter((o) => /[A-Za-z]+\/[A-Za-z_]+/.test(o) || o.includes('_'))).toEqual([]);

    await act(() => i18next.changeLanguage('pt'));
    expect(chosen('Fuso horário da cidade anfitriã')).toBe('horário de São Paulo (GMT-3)');
    expect(zoneOptions('Fuso horário da cidade anfitriã')).toContain('horário de Cidade do México (GMT-6)');
  });

  it.each([
    ['2026-06-08', 'hora de Madrid (GMT+2)'],
    ['2027-01-18', 'hora de Madrid (GMT+1)'],
  ])('give the offset the zone has on the mission’s first day (%s), summer time included, whatever the day of editing', async (startDate, madrid) => {
    await act(() => i18next.changeLanguage('es'));
    renderWithDb(<MissionGeneral mission={{ ...mission, startDate, endDate: startDate }} pairing={pairing} update={async () => undefined} />);
    expect(chosen('Zona horaria de los visitantes')).toBe(madrid);
    // São Paulo keeps no summer time.
    expect(chosen('Zona horaria de la ciudad anfitriona')).toBe('hora de São Paulo (GMT-3)');
  });
});

describe('the language of the mission’s texts', () => {
  it('shows the one it was made in and saves another, or none, as chosen', async () => {
    await act(() => i18next.changeLanguage('pt'));
    const update = vi.fn(async (_fields: Partial<Mission>) => undefined);
    renderWithDb(<MissionGeneral mission={{ ...mission, writtenIn: 'es' }} pairing={pairing} update={update} />);
    const select = screen.getByLabelText('Textos escritos em') as HTMLSelectElement;
    expect(select.selectedOptions[0]!.textContent).toBe('Espanhol');
    select.value = 'pt';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => expect(update).toHaveBeenLastCalledWith({ writtenIn: 'pt' }));
    select.value = '';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => expect(update).toHaveBeenLastCalledWith({ writtenIn: null }));
    await act(() => i18next.changeLanguage('en'));
  });
});
