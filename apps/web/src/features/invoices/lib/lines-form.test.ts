import { describe, expect, it } from 'vitest';
import { buildLines, emptyLine, lineAmount, linesSubtotal, parseTaxRate, type LineValues } from './lines-form';

const line = (description: string, quantity: string, unitPrice: string, id?: number): LineValues => ({
  ...emptyLine(),
  description,
  quantity,
  unitPrice,
  ...(id !== undefined ? { id } : {}),
});

describe('invoice lines form', () => {
  it('computes each amount to the cent and adds the lines cent by cent', () => {
    expect(lineAmount(line('a', '1.5', '120'))).toBe(180);
    expect(lineAmount(line('a', '0.33', '0.33'))).toBe(0.11);
    expect(lineAmount(line('a', '2,5', '10,10'))).toBe(25.25);
    expect(lineAmount(line('a', '', '10'))).toBeNull();
    expect(linesSubtotal([line('a', '0.1', '0.1'), line('b', '3', '33.33'), line('c', 'x', '1')])).toBe(100.0);
  });

  it('keeps the ids of existing lines, trims descriptions and says what is wrong per row', () => {
    expect(buildLines([line(' Hosting ', '1', '250', 7), line('Fee', '2', '0')])).toEqual({
      lines: [
        { id: 7, description: 'Hosting', quantity: 1, unit_price: 250 },
        { description: 'Fee', quantity: 2, unit_price: 0 },
      ],
    });
    const bad = line('', '0', '1.234');
    const result = buildLines([bad]);
    expect(result.errors?.[bad.key]).toEqual({
      description: 'Describe the line.',
      quantity: expect.stringContaining('0.01'),
      unitPrice: expect.stringContaining('two decimals'),
    });
  });

  it('reads a tax rate: blank is 0, at most 100 with two decimals', () => {
    expect(parseTaxRate('')).toBe(0);
    expect(parseTaxRate('19')).toBe(19);
    expect(parseTaxRate('7,5')).toBe(7.5);
    expect(parseTaxRate('101')).toBeNull();
    expect(parseTaxRate('-1')).toBeNull();
  });
});
