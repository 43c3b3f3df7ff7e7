export function formatHours(seconds: number): string {
  return `${(seconds / 3600).toLocaleString(undefined, { maximumFractionDigits: 1 })} h`;
}

/** A number of hours (the financials endpoint counts in hours, to the quarter in practice). */
export function formatHourCount(hours: number): string {
  return `${hours.toLocaleString(undefined, { maximumFractionDigits: 2 })} h`;
}
