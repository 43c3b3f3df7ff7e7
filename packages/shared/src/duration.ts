/**
 * Durations as people type them, in whole seconds: one parser for the SPA's duration fields and the
 * API's `duration` strings (docs/guides/tracking-time.md#typing-a-duration).
 *
 * | typed | means |
 * |---|---|
 * | `1:30`, `1:30:15` | hours:minutes, hours:minutes:seconds |
 * | `1.5`, `1,5` | decimal hours |
 * | `90` | minutes (a whole number without a unit) |
 * | `90m`, `45 min`, `30s` | minutes, seconds |
 * | `1h`, `1h30`, `1h 30`, `1h30m`, `1.5h` | hours, then minutes |
 * | `2 hours`, `1 hour 15 minutes` | words |
 *
 * Nothing negative, nothing zero, nothing over 24 hours (one entry is at most a day).
 */

/** The longest one time entry may be: 24 hours. */
export const MAX_ENTRY_SECONDS = 24 * 3600;

const CLOCK = /^(\d{1,2}):([0-5]\d)(?::([0-5]\d))?$/;
const DECIMAL_HOURS = /^(\d+[.,]\d+|\d*[.,]\d+)$/;
const WHOLE_MINUTES = /^\d+$/;
const UNIT_SECONDS: Readonly<Record<string, number>> = {
  h: 3600,
  hr: 3600,
  hrs: 3600,
  hour: 3600,
  hours: 3600,
  m: 60,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
};
// A number with a unit, e.g. "1.5h", "30 min", "15 minutes".
const PART = /(\d+(?:[.,]\d+)?)\s*([a-z]+)/y;
// After hours, a bare number is minutes: "1h30", "1h 30".
const TRAILING_MINUTES = /(\d{1,2})$/y;

function number(text: string): number {
  return Number(text.replace(',', '.'));
}

function unitsToSeconds(text: string): number | null {
  let total = 0;
  let at = 0;
  let lastUnit = Infinity;
  while (at < text.length) {
    if (text[at] === ' ') {
      at++;
      continue;
    }
    PART.lastIndex = at;
    const part = PART.exec(text);
    if (part) {
      const unit = UNIT_SECONDS[part[2]!];
      // Each unit once, largest first: "30m 1h" and "1h 2h" are typing mistakes, not durations.
      if (unit === undefined || unit >= lastUnit) return null;
      total += number(part[1]!) * unit;
      lastUnit = unit;
      at = PART.lastIndex;
      continue;
    }
    TRAILING_MINUTES.lastIndex = at;
    const minutes = lastUnit === 3600 ? TRAILING_MINUTES.exec(text) : null;
    if (!minutes) return null;
    total += Number(minutes[1]) * 60;
    lastUnit = 60;
    at = TRAILING_MINUTES.lastIndex;
  }
  return total;
}

/** What a person typed, in whole seconds; `null` when it is not a duration one entry can have. */
export function parseDuration(input: string): number | null {
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ');
  if (text === '') return null;
  let seconds: number | null;
  const clock = CLOCK.exec(text);
  if (clock) seconds = Number(clock[1]) * 3600 + Number(clock[2]) * 60 + Number(clock[3] ?? 0);
  else if (DECIMAL_HOURS.test(text)) seconds = number(text) * 3600;
  else if (WHOLE_MINUTES.test(text)) seconds = Number(text) * 60;
  else seconds = unitsToSeconds(text);
  if (seconds === null || !Number.isFinite(seconds)) return null;
  const whole = Math.round(seconds);
  return whole > 0 && whole <= MAX_ENTRY_SECONDS ? whole : null;
}
