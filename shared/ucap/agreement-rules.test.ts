import { agreementWithdrawals, changesAgreedText, type RulePlan } from './agreement-rules';

const plan = (over: Partial<RulePlan> = {}): RulePlan => ({ id: 'plan', pairingId: 'p1', deleted: false, status: 'agreed', euAgreed: true, lacAgreed: true, euAgreedBy: 'Ana <a@x.example>', lacAgreedBy: 'Luz <l@y.example>', ...over });
const WITHDRAW = { kind: 'ucapPlan', recordId: 'plan', pairingId: 'p1', fields: { status: 'in-review', euAgreed: false, lacAgreed: false, euAgreedBy: '', lacAgreedBy: '' } };

describe('the agreement rule', () => {
  it('tells an edit of the agreed text from a step of the workflow, a choice of signer or a saved version', () => {
    expect(changesAgreedText({ kind: 'ucapAction', fields: { startDate: '2026-01-01' } })).toBe(true);
    expect(changesAgreedText({ kind: 'ucapPlan', fields: { context: { es: 'x' } } })).toBe(true);
    expect(changesAgreedText({ kind: 'ucapPlan', fields: { status: 'agreed', euAgreed: true } })).toBe(false);
    expect(changesAgreedText({ kind: 'ucapPlan', fields: { lacSignerId: 'pos-1' } })).toBe(false);
    expect(changesAgreedText({ kind: 'ucapSnapshot', fields: { name: 'v1' } })).toBe(false);
    expect(changesAgreedText({ kind: 'stakeholder', fields: { name: 'x' } })).toBe(false);
  });

  it('withdraws both agreements of the edited pairing only, once, and only when one was given', () => {
    const edit = { kind: 'ucapRisk', recordId: 'r1', pairingId: 'p1', fields: { deleted: true } };
    expect(agreementWithdrawals([edit], [plan(), plan({ id: 'other', pairingId: 'p2' })])).toEqual([WITHDRAW]);
    expect(agreementWithdrawals([edit], [plan({ status: 'in-review', lacAgreed: false, lacAgreedBy: '' })])).toEqual([WITHDRAW]);
    expect(agreementWithdrawals([edit], [plan({ status: 'in-review', euAgreed: false, lacAgreed: false })])).toEqual([]);
    expect(agreementWithdrawals([edit], [plan({ status: 'draft', euAgreed: false, lacAgreed: false })])).toEqual([]);
    expect(agreementWithdrawals([{ ...edit, pairingId: 'p2' }], [plan()])).toEqual([]);
  });

  it('judges the plan as the batch leaves it', () => {
    const edit = { kind: 'ucapPlan', recordId: 'plan', pairingId: 'p1', fields: { context: { en: 'new' } } };
    // A batch that withdraws by itself needs nothing more…
    expect(agreementWithdrawals([{ ...edit, fields: { ...edit.fields, ...WITHDRAW.fields } }], [plan()])).toEqual([]);
    // …and one that marks an agreement again with the edit does not keep it.
    expect(agreementWithdrawals([edit], [plan({ euAgreed: false, lacAgreed: false, status: 'in-review' })])).toEqual([]);
    expect(agreementWithdrawals([edit, { kind: 'ucapPlan', recordId: 'plan', pairingId: 'p1', fields: { euAgreed: true, status: 'in-review' } }], [plan({ euAgreed: false, lacAgreed: false, status: 'in-review' })])).toEqual([WITHDRAW]);
    // A plan deleted by the batch is left alone.
    expect(agreementWithdrawals([{ ...edit, fields: { deleted: true } }], [plan()])).toEqual([]);
  });
});
