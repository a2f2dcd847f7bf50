import { formatDecimalInput, parseDecimalInput } from './decimal-input';

describe('amounts as people type them', () => {
  it('reads Spanish and Portuguese numbers, with comma decimals and point thousands', () => {
    for (const lang of ['es', 'pt']) {
      expect(parseDecimalInput('1.250,50', lang)).toBe('1250.50');
      expect(parseDecimalInput('1250,5', lang)).toBe('1250.5');
      expect(parseDecimalInput('1.250', lang)).toBe('1250');
      expect(parseDecimalInput('12.000.000', lang)).toBe('12000000');
      expect(parseDecimalInput('1250.5', lang)).toBe('1250.5');
      expect(parseDecimalInput(' 120 000,50 ', lang)).toBe('120000.50');
    }
  });

  it('reads English numbers, with point decimals and comma thousands', () => {
    expect(parseDecimalInput('1,250.50', 'en')).toBe('1250.50');
    expect(parseDecimalInput('0.00023', 'en')).toBe('0.00023');
  });

  it('leaves what is not a number as typed, for validation to refuse', () => {
    expect(parseDecimalInput('doce mil', 'es')).toBe('doce mil');
    expect(parseDecimalInput('1,2,3', 'es')).toBe('1,2,3');
    expect(parseDecimalInput('-5', 'en')).toBe('-5');
    expect(parseDecimalInput('1,5', 'en')).toBe('1,5');
    expect(parseDecimalInput('1.25,5', 'es')).toBe('1.25,5');
    expect(parseDecimalInput('12,50.5', 'en')).toBe('12,50.5');
    expect(parseDecimalInput('', 'pt')).toBe('');
  });

  it('shows a stored amount the way the language writes it', () => {
    expect(formatDecimalInput('1250.50', 'es')).toBe('1250,50');
    expect(formatDecimalInput('1250.50', 'en')).toBe('1250.50');
    expect(parseDecimalInput(formatDecimalInput('0.00023', 'pt'), 'pt')).toBe('0.00023');
  });
});
