import { agreesInAnotherName, checkAgreement, recordedAgreements, type AgreementContext } from './agreement';

const positions = [
  { id: 'pos-eu', side: 'eu', deleted: false },
  { id: 'pos-lac', side: 'lac', deleted: false },
] as const;
const assignments = [
  // Ana handed the post over to Marta on 1 June 2026.
  { positionId: 'pos-eu', name: 'Ana Ruiz', email: 'ana@malaga.example', from: '2025-01-01', to: '2026-05-31', deleted: false },
  { positionId: 'pos-eu', name: 'Marta Gil', email: 'Marta.Gil@malaga.example', from: '2026-06-01', to: null, deleted: false },
];
const base: AgreementContext = { side: 'eu', signerPositionId: 'pos-eu', positions, assignments, today: '2026-11-24', shared: true, signedInAs: 'marta.gil@malaga.example' };

describe('who may mark a side’s agreement', () => {
  it('lets the current holder of the signing position agree, matching the e-mail whatever its case', () => {
    expect(checkAgreement(base)).toEqual({ ok: true, holder: { name: 'Marta Gil', email: 'Marta.Gil@malaga.example' } });
  });

  it('refuses the previous holder, someone signed out, and anyone when the post is empty or not chosen', () => {
    expect(checkAgreement({ ...base, signedInAs: 'ana@malaga.example' })).toMatchObject({ ok: false, reason: 'notHolder', holders: [{ name: 'Marta Gil' }] });
    expect(checkAgreement({ ...base, signedInAs: null })).toMatchObject({ ok: false, reason: 'signIn' });
    expect(checkAgreement({ ...base, today: '2024-06-01' })).toMatchObject({ ok: false, reason: 'vacant' });
    expect(checkAgreement({ ...base, signerPositionId: null })).toMatchObject({ ok: false, reason: 'noSigner' });
    // A position of the other side cannot sign for this one.
    expect(checkAgreement({ ...base, signerPositionId: 'pos-lac' })).toMatchObject({ ok: false, reason: 'noSigner' });
  });

  it('records a pairing kept on one device in the name of the holder, since there is no account to check', () => {
    expect(checkAgreement({ ...base, shared: false, signedInAs: null })).toEqual({ ok: true, holder: { name: 'Marta Gil', email: 'Marta.Gil@malaga.example' } });
    expect(checkAgreement({ ...base, shared: false, today: '2024-06-01' })).toMatchObject({ ok: false, reason: 'vacant' });
  });
});

describe('the server’s check of an agreement', () => {
  const before = { euAgreed: false, euAgreedBy: '', lacAgreed: true, lacAgreedBy: 'Andrés Castillo <a.castillo@cartagena.example>' };

  it('accepts an agreement marked in the name of the account that sends it, whatever the case of its e-mail', () => {
    expect(agreesInAnotherName(before, { ...before, euAgreed: true, euAgreedBy: 'Rocío Martín <R.Martin@malaga.example>' }, 'r.martin@malaga.example')).toBe(false);
  });

  it('refuses one in another name, or with no name, but not a withdrawal, an unchanged agreement or a plan arriving whole', () => {
    expect(agreesInAnotherName(before, { ...before, euAgreed: true, euAgreedBy: 'Rocío Martín <r.martin@malaga.example>' }, 'a.castillo@cartagena.example')).toBe(true);
    expect(agreesInAnotherName(before, { ...before, euAgreed: true }, 'a.castillo@cartagena.example')).toBe(true);
    expect(agreesInAnotherName(before, { ...before, lacAgreed: false, lacAgreedBy: '' }, 'r.martin@malaga.example')).toBe(false);
    // Submitting keeps Andrés's agreement as it was: nobody agrees anew.
    expect(agreesInAnotherName(before, { ...before, status: 'submitted' }, 'r.martin@malaga.example')).toBe(false);
    expect(agreesInAnotherName(undefined, { ...before, euAgreed: true, euAgreedBy: 'Rocío Martín <r.martin@malaga.example>' }, 'a.castillo@cartagena.example')).toBe(false);
  });
});

describe('the agreements a plan records', () => {
  const plan = { euAgreed: true, euAgreedBy: 'Rocío Martín <r.martin@malaga.example>', lacAgreed: false, lacAgreedBy: '' };
  const version = (takenAt: number, p: Partial<typeof plan>) => ({ takenAt, content: { plan: { ...plan, ...p } } });

  it('name who agreed and when: the version the step saved, not a later one by hand', () => {
    const snapshots = [version(100, { euAgreed: false, euAgreedBy: '' }), version(300, {}), version(200, {}), version(50, {})];
    expect(recordedAgreements(plan, snapshots)).toEqual([{ side: 'eu', name: 'Rocío Martín', email: 'r.martin@malaga.example', at: 200 }]);
  });

  it('fall back to the clock stamp of the agreement, and leave out a side that has not agreed', () => {
    const stamped = { ...plan, stamps: { euAgreedBy: '001767225600000-0000-dev1' } };
    expect(recordedAgreements(stamped, [version(100, { euAgreedBy: 'Someone Else <s@x.example>' })])).toEqual([{ side: 'eu', name: 'Rocío Martín', email: 'r.martin@malaga.example', at: 1767225600000 }]);
    expect(recordedAgreements({ ...plan, euAgreed: false }, [])).toEqual([]);
    expect(recordedAgreements(plan, [])[0]!.at).toBeNull();
  });
});
