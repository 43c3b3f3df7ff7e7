/**
 * A person's time settings: their time zone, the day their week starts on, their locale (number and
 * date formats) and their clock. Each user may set their own; otherwise the organisation's default
 * applies (docs/api/users.md, docs/api/settings.md).
 */
import { WEEK_STARTS, type WeekStart } from './calendar.js';

export const TIME_FORMATS = ['12h', '24h'] as const;
export type TimeFormat = (typeof TIME_FORMATS)[number];

/** The four settings, as they apply to someone. */
export interface TimeSettings {
  time_zone: string;
  week_start: WeekStart;
  locale: string;
  time_format: TimeFormat;
}

/** The organisation's defaults before an administrator changes them. */
export const TIME_SETTING_DEFAULTS: Readonly<TimeSettings> = { time_zone: 'UTC', week_start: 'monday', locale: 'en', time_format: '24h' };

/** The ISO weekday (1 = Monday … 7 = Sunday) a week starts on. */
export const WEEK_START_ISO_DAY: Readonly<Record<WeekStart, number>> = { monday: 1, saturday: 6, sunday: 7 };

/** The week start of an ISO weekday, or null for a weekday no week starts on (Tuesday … Friday). */
export function weekStartOfIsoDay(isoDay: number): WeekStart | null {
  return WEEK_STARTS.find((start) => WEEK_START_ISO_DAY[start] === isoDay) ?? null;
}

/** The canonical spelling of a BCP 47 language tag (`en-gb` → `en-GB`), or null when it is not one. */
export function canonicalLocale(tag: string): string | null {
  if (tag.trim() === '' || tag !== tag.trim()) return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}
