import { ucapCoverFacts } from './cover-facts';
import type { UcapContent } from './content';
import { newActionFields, newPlanFields } from './defaults';
import { snapshotContent, type UcapSnapshot } from './snapshot';

const P = 'p1';
const rec = <T,>(id: string, fields: T) => ({ id, pairingId: P, ...fields });
const DAY = 86_400_000;
const SEPT_21 = Date.UTC(2026, 8, 21, 10);

function content(): UcapContent {
  return {
    plan: rec('plan', { ...newPlanFields('EUR'), context: { es: 'Contexto' }, euAgreed: true, euAgreedBy: 'Rocío Martín <rocio@malaga.test>' }) as UcapContent['plan'],
    objectives: [],
    actions: [rec('a1', { ...newActionFields(0), title: { es: 'Plaza' } })],
    indicators: [],
    budgetLines: [],
    rates: [],
    risks: [],
    commItems: [],
  };
}
const version = (name: string, takenAt: number, of: UcapContent): UcapSnapshot => ({ id: name, pairingId: P, deleted: false, name, takenAt, status: of.plan.status, content: snapshotContent(of) });

describe('what the UCAP cover says about the file', () => {
  it('names the newest saved version whose text is the text exported, and the day each side agreed', () => {
    const now = content();
    const older = content();
    older.plan.euAgreed = false;
    older.plan.euAgreedBy = '';
    older.plan.context = { es: 'Borrador' };
    const facts = ucapCoverFacts(now, [version('Borrador', SEPT_21 - 5 * DAY, older), version('Acordado por Málaga', SEPT_21, now)]);
    expect(facts).toEqual({ version: 'Acordado por Málaga', agreedOn: { eu: '2026-09-21' } });
  });

  it('calls the file a working copy once the text has changed since the last version', () => {
    const saved = content();
    const now = content();
    now.actions[0]!.title = { es: 'Plaza del Espinal' };
    expect(ucapCoverFacts(now, [version('Enviado a revisión', SEPT_21, saved)]).version).toBeUndefined();
  });

  it('leaves the agreement day out when nothing says when it was marked', () => {
    expect(ucapCoverFacts(content(), []).agreedOn).toEqual({});
  });
});
