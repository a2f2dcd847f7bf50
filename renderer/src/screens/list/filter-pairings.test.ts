import { filterPairings } from './filter-pairings';
import { newPairingFields } from '../../../../shared/model/defaults';
import type { Pairing } from '../../../../shared/model/pairing';

function pairing(id: string, lac: [string, string], eu: [string, string], extra: Partial<Pairing> = {}): Pairing {
  return { id, pairingId: id, ...newPairingFields({ id: `${id}-eu`, name: eu[0], country: eu[1] }, { id: `${id}-lac`, name: lac[0], country: lac[1] }), ...extra };
}

const all = [
  pairing('1', ['São Leopoldo', 'BR'], ['Viana do Castelo', 'PT'], { status: 'active', themes: ['mobility'] }),
  pairing('2', ['Cartagena de Indias', 'CO'], ['Málaga', 'ES'], { status: 'active', themes: ['urban-regeneration'], summary: { es: 'Espacio público en El Espinal' } }),
  pairing('3', ['Ibagué', 'CO'], ['Graz (Metropolitan)', 'AT'], { status: 'closed' }),
  pairing('4', ['Araripina', 'BR'], ['Santo Tirso', 'PT']),
];
const none = { search: '', status: '' as const, theme: '' as const };

describe('the pairing list filter', () => {
  it('finds São Leopoldo by typing "sao" and Málaga by typing "MALAGA"', () => {
    expect(filterPairings(all, { ...none, search: 'sao' }, 'en').map((p) => p.id)).toEqual(['1']);
    expect(filterPairings(all, { ...none, search: 'MALAGA' }, 'en').map((p) => p.id)).toEqual(['2']);
  });

  it('searches country names in the interface language and summaries', () => {
    expect(filterPairings(all, { ...none, search: 'colombie' }, 'en')).toEqual([]);
    expect(filterPairings(all, { ...none, search: 'colombia' }, 'es').map((p) => p.id).sort()).toEqual(['2', '3']);
    expect(filterPairings(all, { ...none, search: 'espinal' }, 'pt').map((p) => p.id)).toEqual(['2']);
  });

  it('filters by status and by theme together with search', () => {
    expect(filterPairings(all, { ...none, status: 'active' }, 'en').map((p) => p.id)).toEqual(['2', '1']);
    expect(filterPairings(all, { ...none, status: 'active', theme: 'mobility' }, 'en').map((p) => p.id)).toEqual(['1']);
    expect(filterPairings(all, { search: 'ibague', status: 'active', theme: '' }, 'en')).toEqual([]);
  });

  it('sorts by the collation of the interface language, accents in their place', () => {
    expect(filterPairings(all, none, 'es').map((p) => p.id)).toEqual(['4', '2', '3', '1']);
  });
});
