import { afterContentEdit, applyStep, availableSteps, isEditable } from './workflow';

const draft = { status: 'draft', euAgreed: false, lacAgreed: false } as const;

describe('the UCAP status workflow', () => {
  it('goes draft → in review → agreed only when both sides agree → submitted → reopened as draft', () => {
    const review = applyStep(draft, 'sendForReview')!;
    expect(review).toEqual({ status: 'in-review', euAgreed: false, lacAgreed: false });
    const euOnly = applyStep(review, 'agreeEu')!;
    expect(euOnly.status).toBe('in-review');
    expect(availableSteps(euOnly)).not.toContain('submit');
    const both = applyStep(euOnly, 'agreeLac')!;
    expect(both).toEqual({ status: 'agreed', euAgreed: true, lacAgreed: true });
    const submitted = applyStep(both, 'submit')!;
    expect(isEditable(submitted)).toBe(false);
    expect(availableSteps(submitted)).toEqual(['reopen']);
    expect(applyStep(submitted, 'reopen')).toEqual(draft);
  });

  it('refuses a step not open from the state, and falls back to review when a side withdraws', () => {
    expect(applyStep(draft, 'submit')).toBeNull();
    expect(applyStep(draft, 'agreeEu')).toBeNull();
    expect(applyStep({ status: 'agreed', euAgreed: true, lacAgreed: true }, 'withdrawLac')).toEqual({ status: 'in-review', euAgreed: true, lacAgreed: false });
  });

  it('withdraws the agreements when the content changes after them, and leaves a draft alone', () => {
    expect(afterContentEdit({ status: 'agreed', euAgreed: true, lacAgreed: true })).toEqual({ status: 'in-review', euAgreed: false, lacAgreed: false });
    expect(afterContentEdit({ status: 'in-review', euAgreed: false, lacAgreed: true })).toEqual({ status: 'in-review', euAgreed: false, lacAgreed: false });
    expect(afterContentEdit({ status: 'in-review', euAgreed: false, lacAgreed: false })).toBeNull();
    expect(afterContentEdit(draft)).toBeNull();
  });
});
