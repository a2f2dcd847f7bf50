import { convertTotals, currencyDigits, decimalToScaled, formatDecimal, formatMoney, scaledToDecimal, toMinor, totalsByCurrency } from './money';

describe('money in minor units', () => {
  it('knows the minor unit of each currency from Intl', () => {
    expect(currencyDigits('EUR')).toBe(2);
    expect(currencyDigits('CLP')).toBe(0);
    expect(currencyDigits('BHD')).toBe(3);
  });

  it('parses decimal strings exactly and refuses more decimals than the currency has', () => {
    expect(toMinor('12.5', 'EUR')).toBe(1250n);
    expect(toMinor('0.1', 'EUR')! + toMinor('0.2', 'EUR')!).toBe(30n);
    expect(toMinor('10.555', 'EUR')).toBeNull();
    expect(toMinor('1500', 'CLP')).toBe(1500n);
    expect(toMinor('1500.5', 'CLP')).toBeNull();
    expect(decimalToScaled('abc', 2)).toBeNull();
    expect(scaledToDecimal(5n, 2)).toBe('0.05');
    expect(scaledToDecimal(123456n, 0)).toBe('123456');
  });

  it('totals each currency, where a float sum would drift', () => {
    const lines = Array.from({ length: 10 }, () => ({ amount: '0.10', currency: 'EUR' }));
    const totals = totalsByCurrency([...lines, { amount: '2500000000', currency: 'COP' }, { amount: '5', currency: '' }, { amount: '', currency: 'USD' }]);
    expect([...totals]).toEqual([['COP', 2500000000n], ['EUR', 100n]]);
    expect(lines.reduce((s, l) => s + Number(l.amount), 0)).not.toBe(1);
  });

  it('converts into the reporting currency with the latest rate, rounding once', () => {
    const totals = new Map([['COP', 10000000n], ['EUR', 100050n], ['BRL', 33333n]]);
    const rates = [
      { currency: 'COP', rate: '0.0002', date: '2026-01-01' },
      { currency: 'COP', rate: '0.00023', date: '2026-06-01' },
    ];
    const result = convertTotals(totals, rates, 'EUR');
    // 10 000 000 COP (no minor unit in Intl) × 0.00023 = 2 300.00 EUR; + 1 000.50 EUR
    expect(result.minor).toBe(330050n);
    expect(result.missingRates).toEqual(['BRL']);
    expect(result.used).toEqual([rates[1]]);
  });

  it('rounds half up at the end, not per line', () => {
    const result = convertTotals(new Map([['USD', 1n]]), [{ currency: 'USD', rate: '0.5', date: null }], 'EUR');
    expect(result.minor).toBe(1n);
    const clp = convertTotals(new Map([['EUR', 149n]]), [{ currency: 'EUR', rate: '1000', date: null }], 'CLP');
    expect(clp.minor).toBe(1490n);
  });

  it('formats money in the interface language', () => {
    expect(formatMoney(12345650n, 'EUR', 'es')).toMatch(/^123\.456,50\s€$/);
    expect(formatMoney(2500000000n, 'COP', 'es')).toMatch(/^2\.500\.000\.000\sCOP$/);
    expect(formatMoney(125050n, 'EUR', 'en')).toBe('€1,250.50');
    expect(formatDecimal('0.000123456789012345', 'es')).toBe('0,000123456789012345');
  });
});
