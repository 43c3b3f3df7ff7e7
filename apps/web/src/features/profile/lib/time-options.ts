/**
 * The choices of the "Time and region" form (docs/api/users.md): every time zone this browser
 * knows, the week starts and clocks the API takes, and a short list of common locales (any BCP 47
 * tag the person already has is kept).
 */
import { TIME_FORMATS, WEEK_STARTS, type TimeFormat, type WeekStart } from '@timekeeper/shared';
import type { ApiBody, ApiData } from '@/lib/api/types';

type Me = ApiData<'/users/me', 'get'>;
export type TimeSettingKey = keyof Me['time_settings_source'];

/** The form's values: '' means "use the organisation's default" (sent as null). */
export interface TimeRegionValues {
  time_zone: string;
  week_start: WeekStart | '';
  locale: string;
  time_format: TimeFormat | '';
}

/** The person's own values; '' where the organisation's default applies. */
export function ownValues(me: Me): TimeRegionValues {
  const own = <K extends TimeSettingKey>(key: K): Me[K] | '' => (me.time_settings_source[key] === 'user' ? me[key] : '');
  return { time_zone: own('time_zone'), week_start: own('week_start'), locale: own('locale'), time_format: own('time_format') };
}

/** IANA zones as `Intl` lists them (UTC is not among them), sorted. */
export function timeZoneNames(): string[] {
  const names = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set(['UTC', ...names])].sort();
}

/** A select's value as a week start, '' for the default. */
export const asWeekStart = (value: string): WeekStart | '' => WEEK_STARTS.find((w) => w === value) ?? '';
/** A select's value as a clock, '' for the default. */
export const asTimeFormat = (value: string): TimeFormat | '' => TIME_FORMATS.find((f) => f === value) ?? '';

export const WEEK_START_OPTIONS = WEEK_STARTS.map((w) => ({ value: w, label: w[0]!.toUpperCase() + w.slice(1) }));

const CLOCK_LABELS: Record<TimeFormat, string> = { '24h': '24-hour (13:00)', '12h': '12-hour (1:00 PM)' };
export const TIME_FORMAT_OPTIONS = TIME_FORMATS.map((f) => ({ value: f, label: CLOCK_LABELS[f] }));

const COMMON_LOCALES = ['en-GB', 'en-US', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'nl-NL', 'pt-BR', 'pl-PL', 'sv-SE', 'ja-JP', 'zh-CN'];

/** Locale options named in their own language ("Deutsch (Deutschland)"), with `current` kept when it is not a common one. */
export function localeOptions(current: string): { value: string; label: string }[] {
  const tags = current && !COMMON_LOCALES.includes(current) ? [current, ...COMMON_LOCALES] : COMMON_LOCALES;
  return tags.map((tag) => {
    let name = tag;
    try {
      name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
    } catch {
      // an unusual tag: show it as it is
    }
    return { value: tag, label: `${name} — ${tag}` };
  });
}

/** PATCH /users/me's time fields for what changed; '' becomes null (back to the organisation's default). */
export function changedSettings(before: TimeRegionValues, after: TimeRegionValues): ApiBody<'/users/me', 'patch'> {
  const body: ApiBody<'/users/me', 'patch'> = {};
  if (before.time_zone !== after.time_zone) body.time_zone = after.time_zone || null;
  if (before.week_start !== after.week_start) body.week_start = after.week_start || null;
  if (before.locale !== after.locale) body.locale = after.locale || null;
  if (before.time_format !== after.time_format) body.time_format = after.time_format || null;
  return body;
}
