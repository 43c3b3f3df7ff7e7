/** The pipeline board's arithmetic, apart from React (docs/guides/sales.md). */
import { capitalise } from '@/lib/words';

interface BoardDeal {
  id: number;
  stage: string;
  value_amount: number | null;
  currency: string;
}

export interface BoardColumn<D extends BoardDeal> {
  stage: string;
  deals: D[];
  /** The column's total value per currency (deals without a value count for nothing). */
  totals: { currency: string; amount: number }[];
}

/**
 * One column per stage of the setting, in its order, each with its deals in the order given. A deal
 * in a stage since removed from the setting keeps a column of its own after the others, until it is moved.
 */
export function groupByStage<D extends BoardDeal>(stages: readonly string[], deals: readonly D[]): BoardColumn<D>[] {
  const order = [...stages];
  for (const d of deals) if (!order.includes(d.stage)) order.push(d.stage);
  return order.map((stage) => {
    const inStage = deals.filter((d) => d.stage === stage);
    const sums = new Map<string, number>();
    for (const d of inStage) if (d.value_amount !== null) sums.set(d.currency, (sums.get(d.currency) ?? 0) + d.value_amount);
    return { stage, deals: inStage, totals: [...sums].map(([currency, amount]) => ({ currency, amount: Math.round(amount * 100) / 100 })) };
  });
}

/** The list with the deal moved to `stage` (the optimistic answer of a move; the others untouched). */
export function moveInList<D extends BoardDeal>(deals: readonly D[], id: number, stage: string): D[] {
  return deals.map((d) => (d.id === id ? { ...d, stage } : d));
}

/** "negotiation" → "Negotiation": a stage's name as a column heading. */
export function stageLabel(stage: string): string {
  return capitalise(stage.replace(/[_-]+/g, ' ').trim());
}

/**
 * The keyboard's move on the board: from the dragged card's centre (`from`, in px), the centre of
 * the column next to the nearest one, to the right (`direction` 1) or the left (-1); null at the end of the board.
 */
export function nextColumnCentre(from: number, centres: readonly number[], direction: 1 | -1): number | null {
  if (centres.length === 0) return null;
  const sorted = [...centres].sort((a, b) => a - b);
  const distance = (c: number) => Math.abs(c - from);
  const here = sorted.reduce((best, c, i) => (distance(c) < distance(sorted[best]!) ? i : best), 0);
  return sorted[here + direction] ?? null;
}
