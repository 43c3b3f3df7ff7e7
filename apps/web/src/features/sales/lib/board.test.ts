import { describe, expect, it } from 'vitest';
import { groupByStage, moveInList, nextColumnCentre, stageLabel } from './board';

const deal = (id: number, stage: string, value_amount: number | null = null, currency = 'EUR') => ({ id, stage, value_amount, currency });

describe('groupByStage', () => {
  it('makes a column per stage in the setting’s order, empty ones included, keeping the deals’ order', () => {
    const deals = [deal(1, 'proposal'), deal(2, 'prospecting'), deal(3, 'proposal')];
    const columns = groupByStage(['prospecting', 'qualification', 'proposal'], deals);
    expect(columns.map((c) => [c.stage, c.deals.map((d) => d.id)])).toEqual([
      ['prospecting', [2]],
      ['qualification', []],
      ['proposal', [1, 3]],
    ]);
  });

  it('keeps a deal whose stage left the setting in a column of its own, after the others', () => {
    const columns = groupByStage(['a', 'b'], [deal(1, 'old'), deal(2, 'a')]);
    expect(columns.map((c) => c.stage)).toEqual(['a', 'b', 'old']);
    expect(columns[2]!.deals.map((d) => d.id)).toEqual([1]);
  });

  it('totals each column per currency, never across currencies, ignoring deals without a value', () => {
    const [column] = groupByStage(['a'], [deal(1, 'a', 1000.1), deal(2, 'a', 0.2), deal(3, 'a', 50, 'USD'), deal(4, 'a', null)]);
    expect(column!.totals).toEqual([
      { currency: 'EUR', amount: 1000.3 },
      { currency: 'USD', amount: 50 },
    ]);
  });
});

describe('moveInList', () => {
  it('moves only the named deal and leaves the list it was given as it was (for the revert)', () => {
    const before = [deal(1, 'a'), deal(2, 'a')];
    const after = moveInList(before, 2, 'b');
    expect(after.map((d) => d.stage)).toEqual(['a', 'b']);
    expect(before.map((d) => d.stage)).toEqual(['a', 'a']);
    expect(after[0]).toBe(before[0]);
  });
});

describe('stageLabel', () => {
  it('reads a setting’s name as a heading', () => {
    expect(stageLabel('negotiation')).toBe('Negotiation');
    expect(stageLabel('closing_soon')).toBe('Closing soon');
  });
});

describe('nextColumnCentre', () => {
  const centres = [100, 400, 700];
  it('jumps to the neighbouring column’s centre, whatever the card’s offset in its own column', () => {
    expect(nextColumnCentre(90, centres, 1)).toBe(400);
    expect(nextColumnCentre(400, centres, 1)).toBe(700);
    expect(nextColumnCentre(410, centres, -1)).toBe(100);
  });
  it('stays put at either end of the board', () => {
    expect(nextColumnCentre(700, centres, 1)).toBeNull();
    expect(nextColumnCentre(100, centres, -1)).toBeNull();
  });
});
