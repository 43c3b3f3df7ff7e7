/** Amounts as people read and type them. The API takes a number with at most two decimals. */

/** 1234.5, "EUR" → "€1,234.50" in the reader's locale; an unknown code falls back to "1234.50 XYZ". */
export function formatMoney(amount: number, currency = 'EUR'): string {
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount.toFixed(2)} ${currency}`;
  }
}

/**
 * "12.50", "12,50", "1,234.56", "1.234,56", "1 234,56" → the number; null when it is not a
 * positive amount with at most two decimals. The last "." or "," is the decimal mark when two or
 * fewer digits follow it; any other separators group thousands.
 */
export function parseAmount(input: string): number | null {
  const text = input.replace(/[\s\u00a0']/g, '');
  if (!/^\d[\d.,]*$/.test(text)) return null;
  const mark = Math.max(text.lastIndexOf('.'), text.lastIndexOf(','));
  const decimals = mark === -1 ? '' : text.slice(mark + 1);
  const isDecimal = mark !== -1 && decimals.length <= 2;
  const whole = (isDecimal ? text.slice(0, mark) : text).replace(/[.,]/g, '');
  if (isDecimal && decimals.length === 0) return null;
  const value = Number(isDecimal ? `${whole}.${decimals}` : whole);
  return Number.isFinite(value) && value > 0 ? value : null;
}

/** Sums per currency (amounts in different currencies are never added up). */
export function totalsByCurrency(items: { amount: number; currency: string }[]): { currency: string; amount: number }[] {
  const totals = new Map<string, number>();
  for (const item of items) totals.set(item.currency, Math.round(((totals.get(item.currency) ?? 0) + item.amount) * 100) / 100);
  return [...totals].map(([currency, amount]) => ({ currency, amount })).sort((a, b) => a.currency.localeCompare(b.currency));
}
