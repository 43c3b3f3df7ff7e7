/**
 * Durations as people read and type them. The API speaks whole seconds; the UI shows h:mm
 * (minutes rounded down, so a 40-second entry reads 0:00 rather than pretending to be a minute).
 */

const pad2 = (n: number) => String(n).padStart(2, '0');

/** 5400 → "1:30"; 59 → "0:00"; 90000 → "25:00". Negative or missing → "0:00". */
export function formatDuration(seconds: number | null | undefined): string {
  const total = Math.max(0, Math.floor(seconds ?? 0));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  return `${hours}:${pad2(minutes)}`;
}

/** A running clock: 3725 → "1:02:05". */
export function formatElapsed(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  return `${hours}:${pad2(minutes)}:${pad2(total % 60)}`;
}

/** Decimal hours with two places, as reports and CSV files use them: 5400 → "1.50". */
export function formatHours(seconds: number): string {
  return (seconds / 3600).toFixed(2);
}

/**
 * A duration to the second, as the duration fields show it and read it back: 5400 → "1:30",
 * 5415 → "1:30:15" (seconds only when there are any). Typed durations are read by `parseDuration`
 * from '@timekeeper/shared', the one parser of the SPA and the API.
 */
export function formatDurationExact(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  return total % 60 === 0 ? formatDuration(total) : formatElapsed(total);
}

/** A long span in words: 90061 → "1 d 1 h"; 3900 → "1 h 5 min"; 300 → "5 min". */
export function formatLongDuration(seconds: number): string {
  const d = Math.floor(seconds / 86_400);
  const h = Math.floor((seconds % 86_400) / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  if (d > 0) return `${d} d ${h} h`;
  if (h > 0) return `${h} h ${m} min`;
  return `${m} min`;
}

/** Hours with a unit, to a tenth: 5400 → "1.5 h" (project pages). */
export function formatHoursLabel(seconds: number): string {
  return `${(seconds / 3600).toLocaleString(undefined, { maximumFractionDigits: 1 })} h`;
}

/** A number of hours (the financials endpoint counts in hours, to the quarter in practice): 7.25 → "7.25 h". */
export function formatHourCount(hours: number): string {
  return `${hours.toLocaleString(undefined, { maximumFractionDigits: 2 })} h`;
}
