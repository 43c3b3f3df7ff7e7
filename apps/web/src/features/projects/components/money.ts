/** An amount in its currency, as the person's locale writes it. */
export function formatMoney(amount: number, currency = 'EUR'): string {
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount.toFixed(2)} ${currency}`;
  }
}

export function formatHours(seconds: number): string {
  return `${(seconds / 3600).toLocaleString(undefined, { maximumFractionDigits: 1 })} h`;
}

/** A number of hours (the financials endpoint counts in hours, to the quarter in practice). */
export function formatHourCount(hours: number): string {
  return `${hours.toLocaleString(undefined, { maximumFractionDigits: 2 })} h`;
}
