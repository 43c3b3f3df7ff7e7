/**
 * The shared CSV writer (src/lib/csv.ts): RFC 4180 quoting, and cells neutralised so that no
 * separator a spreadsheet may split on (`,` after unquoting, `;` or tab on the raw line) exposes a
 * field starting with a formula character. The same reading is applied to every CSV the API
 * writes in reports-visibility.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, csvDocument, neutraliseCell } from '../src/lib/csv.js';
import { dangerousFields, parseCsv } from './helpers/spreadsheet.js';

describe('L5 CSV cells are neutralised against formula injection', () => {
  it('L5 a formula character at the start of the cell or after any separator gets an apostrophe', () => {
    expect(neutraliseCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(neutraliseCell('@cmd')).toBe("'@cmd");
    expect(neutraliseCell('Uma;=cmd|/C calc!A0')).toBe("Uma;'=cmd|/C calc!A0");
    expect(neutraliseCell('a,+1;-2\t@3')).toBe("a,'+1;'-2\t'@3");
    expect(neutraliseCell('semi;  -2')).toBe("semi;  '-2");
    expect(neutraliseCell('quote;"=x"')).toBe(`quote;"'=x"`);
    expect(neutraliseCell('line\n+cmd\r\n=x')).toBe("line\n'+cmd\r\n'=x");
    expect(neutraliseCell('\tindent')).toBe("'\tindent");
    expect(neutraliseCell('\r=x')).toBe("'\r'=x");
  });

  it('L5 plain text and plain numbers stay as they are', () => {
    for (const text of ['Acme Website', 'Budget -5', 'a-b', '2026-03-01', 'x = y', 'mail@example.test', '-12.5', '+3', '1e-3', '42', ''])
      expect(neutraliseCell(text)).toBe(text);
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('L5 cells are quoted per RFC 4180 (also when they hold ; or a tab), quotes doubled', () => {
    expect(csvCell('Website, "Redesign"')).toBe('"Website, ""Redesign"""');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('a\tb')).toBe('"a\tb"');
    expect(csvCell('+Plus\nCorp')).toBe(`"'+Plus\nCorp"`);
    expect(csvCell('plain')).toBe('plain');
    expect(
      csvDocument(
        ['key', 'label'],
        [
          [1, '=x'],
          [null, 'a;=b'],
        ],
      ),
    ).toBe(`key,label\r\n1,'=x\r\n,"a;'=b"\r\n`);
    // Split on ';', a line starting "-1,x" is one field that is no plain number.
    expect(
      csvDocument(
        ['n', 'label'],
        [
          [-1, 'x'],
          ['-2', 'y'],
        ],
      ),
    ).toBe(`n,label\r\n'-1,x\r\n'-2,y\r\n`);
    expect(csvDocument(['n'], [[-1]])).toBe(`n\r\n-1\r\n`);
  });

  it('L5 whatever the text, no separator a spreadsheet splits on exposes a formula, and RFC 4180 reads back the neutralised text', () => {
    const chars = fc.constantFrom('=', '+', '-', '@', ',', ';', '\t', '\r', '\n', '"', ' ', "'", 'a', '1', '.');
    fc.assert(
      fc.property(fc.array(fc.string({ unit: chars, maxLength: 12 }), { minLength: 1, maxLength: 4 }), (cells) => {
        const text = csvDocument(['key', 'label'], [cells]);
        expect(dangerousFields(text)).toEqual([]);
        const expected = cells.map((c) => neutraliseCell(c));
        if (cells.length > 1 && /^[+-]/.test(expected[0]!)) expected[0] = `'${expected[0]}`;
        expect(parseCsv(text)[1]).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
