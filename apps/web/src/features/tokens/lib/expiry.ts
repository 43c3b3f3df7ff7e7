/** Token expiry: every token expires (docs/guides/api-tokens.md#how-long-a-token-lives), at most `max_lifetime_days` from now. */
const DAY_MS = 24 * 60 * 60 * 1000;
const PRESET_DAYS = [7, 30, 90, 365] as const;

export type ExpiryChoice = '' | 'date' | `${number}`;

/** The preset lifetimes the server allows. */
export function expiryPresets(maxDays: number): number[] {
  return PRESET_DAYS.filter((d) => d <= maxDays);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A local calendar day as YYYY-MM-DD. */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The range of the date input: tomorrow until the last day the maximum lifetime reaches. */
export function dateBounds(maxDays: number, now = new Date()): { min: string; max: string } {
  return { min: localDay(new Date(now.getTime() + DAY_MS)), max: localDay(new Date(now.getTime() + maxDays * DAY_MS)) };
}

export type ExpiryPayload = { expires_in_days: number } | { expires_at: string };

/**
 * The request field for a choice, or an error message. A date means the end of that local day,
 * cut to the maximum lifetime so the last allowed day is accepted.
 */
export function expiryPayload(choice: ExpiryChoice, date: string, maxDays: number, now = new Date()): ExpiryPayload | { error: string } {
  if (choice === '') return { error: 'Choose when the token expires: every token expires.' };
  if (choice !== 'date') return { expires_in_days: Number(choice) };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return { error: 'Pick the day the token expires.' };
  const endOfDay = new Date(`${date}T23:59:59`);
  if (Number.isNaN(endOfDay.getTime()) || endOfDay.getTime() <= now.getTime()) return { error: 'The expiry date must be in the future.' };
  const latest = now.getTime() + maxDays * DAY_MS;
  if (endOfDay.getTime() - latest > DAY_MS) return { error: `Tokens live at most ${maxDays} days.` };
  return { expires_at: new Date(Math.min(endOfDay.getTime(), latest)).toISOString() };
}
