import { describe, expect, it } from 'vitest';
import { formatMoney, parseAmount, totalsByCurrency } from './money';

describe('parseAmount', () => {
  it.each([
    ['12', 12],
    ['12.5', 12.5],
    ['12.50', 12.5],
    ['12,50', 12.5],
    ['1,234.56', 1234.56],
    ['1.234,56', 1234.56],
    ['1 234,56', 1234.56],
    ['1,234', 1234],
    ['0.01', 0.01],
  ])('reads %j as %d', (text, value) => {
    expect(parseAmount(text)).toBe(value);
  });

  it.each(['', 'abc', '0', '0.00', '-5', '12.', '1e3', '€12'])('refuses %j', (text) => {
    expect(parseAmount(text)).toBeNull();
  });
});

describe('formatMoney and totals', () => {
  it('formats with the currency and falls back for unknown codes', () => {
    expect(formatMoney(12.5, 'EUR')).toMatch(/12[.,]50/);
    expect(formatMoney(3, 'ZZZZ')).toBe('3.00 ZZZZ');
  });

  it('adds up per currency, to the cent', () => {
    expect(
      totalsByCurrency([
        { amount: 0.1, currency: 'USD' },
        { amount: 0.2, currency: 'USD' },
        { amount: 5, currency: 'EUR' },
      ]),
    ).toEqual([
      { currency: 'EUR', amount: 5 },
      { currency: 'USD', amount: 0.3 },
    ]);
  });
});
