import { pairingName, pairingWarnings } from './pairing';
import { newPairingFields } from './defaults';
import { validateRecord } from './validation';
import { isIsoDate, monthsBetween, addDays } from './dates';

const base = () => ({ id: 'p1', pairingId: 'p1', ...newPairingFields({ id: 'm-eu', name: 'Málaga', country: 'ES' }, { id: 'm-lac', name: 'Cartagena de Indias', country: 'CO' }) });

describe('pairing schema', () => {
  it('accepts a new pairing as made by the app', () => {
    expect(validateRecord('pairing', base())).toMatchObject({ ok: true });
  });

  it('refuses an end before the start, on the end date', () => {
    expect(validateRecord('pairing', { ...base(), startDate: '2026-05-01', endDate: '2026-04-30' })).toEqual({ ok: false, errors: [{ path: 'endDate', key: 'endBeforeStart' }] });
    expect(validateRecord('pairing', { ...base(), startDate: '2026-05-01', endDate: '2026-05-01' }).ok).toBe(true);
  });

  it('refuses impossible dates', () => {
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(validateRecord('pairing', { ...base(), startDate: '2026-13-01' })).toEqual({ ok: false, errors: [{ path: 'startDate', key: 'invalidDate' }] });
  });

  it('refuses a country outside the list and a lead that is not on its side', () => {
    const p = base();
    expect(validateRecord('pairing', { ...p, eu: { ...p.eu, municipalities: [{ ...p.eu.municipalities[0]!, country: 'XX' }] } })).toEqual({ ok: false, errors: [{ path: 'eu.municipalities.0.country', key: 'unknownCountry' }] });
    expect(validateRecord('pairing', { ...p, lac: { ...p.lac, leadId: 'm-eu' } })).toEqual({ ok: false, errors: [{ path: 'lac.leadId', key: 'leadNotInSide' }] });
    expect(validateRecord('pairing', { ...p, lac: { municipalities: [], leadId: 'm-lac' } }).ok).toBe(false);
  });

  it('refuses a theme or status outside the vocabularies', () => {
    expect(validateRecord('pairing', { ...base(), themes: ['tourism'] }).ok).toBe(false);
    expect(validateRecord('pairing', { ...base(), status: 'archived' }).ok).toBe(false);
    expect(validateRecord('pairing', { ...base(), frameworks: ['sdg-18'] }).ok).toBe(false);
    expect(validateRecord('pairing', { ...base(), frameworks: ['sdg-17', 'urbact'] }).ok).toBe(true);
  });

  it('limits a summary to 50 000 characters per language, and counts emoji as text', () => {
    expect(validateRecord('pairing', { ...base(), summary: { pt: 'x'.repeat(50_001) } })).toEqual({ ok: false, errors: [{ path: 'summary.pt', key: 'tooLong', params: { max: 50_000 } }] });
    expect(validateRecord('pairing', { ...base(), summary: { es: '🙂 مرحبا <b>x</b>' } }).ok).toBe(true);
  });

  it('warns, without refusing, beyond 18 months', () => {
    expect(pairingWarnings({ startDate: '2026-01-01', endDate: '2027-07-01' })).toEqual([]);
    expect(pairingWarnings({ startDate: '2026-01-01', endDate: '2027-07-02' })).toEqual(['longerThan18Months']);
    expect(pairingWarnings({ startDate: '2026-01-01', endDate: null })).toEqual([]);
    expect(monthsBetween('2026-02-01', '2027-07-31')).toBeCloseTo(17.97, 1);
  });

  it('names a pairing partner side first, lead first, municipalities joined', () => {
    const p = base();
    p.eu.municipalities.push({ id: 'm-roma', name: 'Roma', country: 'IT' });
    p.eu.leadId = 'm-roma';
    expect(pairingName(p)).toBe('Cartagena de Indias – Roma + Málaga');
  });

  it('moves dates by calendar days across months and years', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});
