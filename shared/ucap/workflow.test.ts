import { afterContentEdit, applyStep, availableSteps, isEditable } from './workflow';

const draft = { status: 'draft', euAgreed: false, lacAgreed: false, euAgreedBy: '', lacAgreedBy: '' } as const;
const ana = 'Ana Ruiz <ana@malaga.example>';
const luis = 'Luis Pérez <luis@cartagena.example>';

describe('the UCAP status workflow', () => {
  it('goes draft → in review → agreed only when both sides agree → submitted → reopened as draft', () => {
    const review = applyStep(draft, 'sendForReview')!;
    expect(review).toEqual({ ...draft, status: 'in-review' });
    const euOnly = applyStep(review, 'agreeEu', ana)!;
    expect(euOnly).toMatchObject({ status: 'in-review', euAgreed: true, euAgreedBy: ana });
    expect(availableSteps(euOnly)).not.toContain('submit');
    const both = applyStep(euOnly, 'agreeLac', luis)!;
    expect(both).toEqual({ status: 'agreed', euAgreed: true, lacAgreed: true, euAgreedBy: ana, lacAgreedBy: luis });
    const submitted = applyStep(both, 'submit')!;
    // Who agreed stays on the submitted plan.
    expect(submitted).toEqual({ ...both, status: 'submitted' });
    expect(isEditable(submitted)).toBe(false);
    expect(availableSteps(submitted)).toEqual(['reopen']);
    expect(applyStep(submitted, 'reopen')).toEqual(draft);
  });

  it('refuses a step not open from the state, and falls back to review when a side withdraws', () => {
    expect(applyStep(draft, 'submit')).toBeNull();
    expect(applyStep(draft, 'agreeEu', ana)).toBeNull();
    expect(applyStep({ status: 'agreed', euAgreed: true, lacAgreed: true, euAgreedBy: ana, lacAgreedBy: luis }, 'withdrawLac')).toEqual({
      status: 'in-review',
      euAgreed: true,
      lacAgreed: false,
      euAgreedBy: ana,
      lacAgreedBy: '',
    });
  });

  it('withdraws the agreements when the content changes after them, and leaves a draft alone', () => {
    const withdrawn = { status: 'in-review', euAgreed: false, lacAgreed: false, euAgreedBy: '', lacAgreedBy: '' };
    expect(afterContentEdit({ status: 'agreed', euAgreed: true, lacAgreed: true })).toEqual(withdrawn);
    expect(afterContentEdit({ status: 'in-review', euAgreed: false, lacAgreed: true })).toEqual(withdrawn);
    expect(afterContentEdit({ status: 'in-review', euAgreed: false, lacAgreed: false })).toBeNull();
    expect(afterContentEdit(draft)).toBeNull();
  });
});
