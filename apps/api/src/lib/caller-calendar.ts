/**
 * The caller's calendar: which time zone decides where a date such as 2026-12-02 begins and ends,
 * and which day their week starts on (docs/api/README.md, "Days and time zones").
 *
 * One resolution for every date-only parameter: `?tz=<IANA>` for this request, else the caller's own
 * setting (an API token acts in its owner's zone), else the organisation's default. A request's
 * caller brings the settings that apply to them (`Actor.timeSettings`), resolved with their
 * authorization snapshot (kernel/auth/authz-cache.ts): a change of a user's or the organisation's
 * time settings bumps the authorization version, so it counts on the next request like a role
 * change does. The system and the CLI read them from the database.
 */
import {
  canonicalLocale,
  canonicalTimeZone,
  dayRange,
  isTimeZone,
  TIME_FORMATS,
  TIME_SETTING_DEFAULTS,
  WEEK_STARTS,
  weekDays,
  weekStartOfIsoDay,
  type CalendarDate,
  type TimeFormat,
  type TimeSettings,
  type WeekStart,
} from '@timekeeper/shared';
import { eq, inArray, sql } from 'drizzle-orm';
import { Type } from 'typebox';
import { appSettings, users } from '../db/schema/index.js';
import type { Actor } from './actor.js';
import type { Tx } from './db-types.js';
import { notFound, validationFailed } from './errors.js';

/** `?tz=`: the time zone of one request's days, instead of the caller's own. */
export const TzParam = Type.String({
  minLength: 1,
  maxLength: 64,
  description:
    "IANA time zone of this request's days (e.g. Asia/Tokyo), instead of your own (docs/api/README.md, Days and time zones); an unknown zone is a 400",
});

/** The query string of a route whose only query parameter is `?tz=`. */
export const TzQuery = Type.Object({ tz: Type.Optional(TzParam) }, { additionalProperties: false });

export interface CallerCalendar {
  timeZone: string;
  weekStart: WeekStart;
}

/** Where each applying setting comes from: the user's own value, or the organisation's default. */
export type TimeSettingsSource = Record<keyof TimeSettings, 'user' | 'organisation'>;

/** The settings keys (app_settings) of the organisation's defaults. */
export const ORGANISATION_TIME_KEYS = {
  time_zone: 'default_time_zone',
  week_start: 'week_start',
  locale: 'default_locale',
  time_format: 'default_time_format',
} as const satisfies Record<keyof TimeSettings, string>;

/** The deprecated settings key `week_starts_on` (ISO weekday) that `week_start` replaced. */
export const LEGACY_WEEK_STARTS_ON = 'week_starts_on';

const oneOf = <T extends string>(values: readonly T[], value: unknown): T | null => (values.includes(value as T) ? (value as T) : null);

/** The settings keys read for the organisation's time defaults (the legacy one included). */
export const ORGANISATION_KEYS: string[] = [...Object.values(ORGANISATION_TIME_KEYS), LEGACY_WEEK_STARTS_ON];

/**
 * The organisation's time defaults from the stored settings (key → value). A database still
 * holding only the old `week_starts_on` (1 = Monday … 7 = Sunday) gets the matching `week_start`
 * (Monday for a weekday no week starts on).
 */
function organisationDefaults(stored: Map<string, unknown>): TimeSettings {
  const zone = stored.get(ORGANISATION_TIME_KEYS.time_zone);
  const legacyWeek = stored.get(LEGACY_WEEK_STARTS_ON);
  const locale = stored.get(ORGANISATION_TIME_KEYS.locale);
  return {
    time_zone: typeof zone === 'string' && isTimeZone(zone) ? zone : TIME_SETTING_DEFAULTS.time_zone,
    week_start:
      oneOf(WEEK_STARTS, stored.get(ORGANISATION_TIME_KEYS.week_start)) ??
      (typeof legacyWeek === 'number' ? weekStartOfIsoDay(legacyWeek) : null) ??
      TIME_SETTING_DEFAULTS.week_start,
    locale: typeof locale === 'string' ? (canonicalLocale(locale) ?? TIME_SETTING_DEFAULTS.locale) : TIME_SETTING_DEFAULTS.locale,
    time_format: oneOf(TIME_FORMATS, stored.get(ORGANISATION_TIME_KEYS.time_format)) ?? TIME_SETTING_DEFAULTS.time_format,
  };
}

/** The organisation's time defaults as stored in settings. */
export async function organisationTimeSettings(db: Tx): Promise<TimeSettings> {
  const rows = await db
    .select({ key: appSettings.key, value: appSettings.value })
    .from(appSettings)
    .where(inArray(appSettings.key, ORGANISATION_KEYS));
  return organisationDefaults(new Map(rows.map((r) => [r.key, r.value])));
}

/** A user's own time settings (null: the organisation's default applies). */
export interface OwnTimeSettings {
  time_zone: string | null;
  week_start: WeekStart | null;
  locale: string | null;
  time_format: TimeFormat | null;
}

/**
 * A user's own time settings and the organisation's defaults, in one query (every request with a
 * date reads them: nothing is cached that a settings change could leave stale).
 */
async function ownAndOrganisationSettings(db: Tx, userId: number): Promise<{ own: OwnTimeSettings; org: TimeSettings }> {
  const [row] = await db
    .select({
      time_zone: users.timeZone,
      week_start: users.weekStart,
      locale: users.locale,
      time_format: users.timeFormat,
      organisation: sql<Record<string, unknown>>`(select coalesce(jsonb_object_agg(${appSettings.key}, ${appSettings.value}), '{}'::jsonb)
        from ${appSettings} where ${inArray(appSettings.key, ORGANISATION_KEYS)})`,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!row) throw notFound('User');
  const { organisation, ...own } = row;
  return { own, org: organisationDefaults(new Map(Object.entries(organisation))) };
}

/** The settings that apply (a user's own where set, else the organisation's), and where each comes from. */
export function applyingTimeSettings(own: OwnTimeSettings, org: TimeSettings): { settings: TimeSettings; source: TimeSettingsSource } {
  const pick = <K extends keyof TimeSettings>(key: K): [TimeSettings[K], 'user' | 'organisation'] =>
    own[key] === null ? [org[key], 'organisation'] : [own[key] as TimeSettings[K], 'user'];
  const [time_zone, zoneFrom] = pick('time_zone');
  const [week_start, weekFrom] = pick('week_start');
  const [locale, localeFrom] = pick('locale');
  const [time_format, formatFrom] = pick('time_format');
  return {
    settings: { time_zone, week_start, locale, time_format },
    source: { time_zone: zoneFrom, week_start: weekFrom, locale: localeFrom, time_format: formatFrom },
  };
}

/** The settings that apply to a user, read from the database, and where each comes from. */
export async function userTimeSettings(db: Tx, userId: number): Promise<{ settings: TimeSettings; source: TimeSettingsSource }> {
  const { own, org } = await ownAndOrganisationSettings(db, userId);
  return applyingTimeSettings(own, org);
}

/** An IANA time zone name in its canonical spelling (`europe/berlin` → `Europe/Berlin`), or 400 naming `path`. */
export function requireTimeZone(name: string, path: string): string {
  if (!isTimeZone(name)) {
    throw validationFailed(`"${name}" is not a time zone we know: use an IANA name such as Europe/Berlin or America/New_York`, [
      { path, message: 'is not a known time zone (an IANA name such as Europe/Berlin)' },
    ]);
  }
  return canonicalTimeZone(name);
}

/** A BCP 47 language tag in its canonical spelling (`en-gb` → `en-GB`), or 400 naming `path`. */
export function requireLocale(tag: string, path: string): string {
  const locale = canonicalLocale(tag);
  if (locale === null) {
    throw validationFailed(`"${tag}" is not a language tag: use one such as en, en-GB or de-CH`, [
      { path, message: 'is not a BCP 47 language tag (such as en, en-GB or de-CH)' },
    ]);
  }
  return locale;
}

/**
 * The caller's calendar for one request: `tz` (the `?tz=` query parameter, 400 on `querystring.tz`
 * when unknown) overrides the zone; otherwise the caller's own settings apply (a token's owner's),
 * then the organisation's defaults. The week start is always the caller's (or the organisation's).
 */
export async function callerCalendar(db: Tx, actor: Actor, tz?: string): Promise<CallerCalendar> {
  const override = tz === undefined ? null : requireTimeZone(tz, 'querystring.tz');
  const settings =
    actor.timeSettings ??
    (actor.userId === null ? await organisationTimeSettings(db) : (await userTimeSettings(db, actor.userId)).settings);
  return { timeZone: override ?? settings.time_zone, weekStart: settings.week_start };
}

/** The caller's week holding `date`: its seven days and the instants they cover (a week may last 167 or 169 hours). */
export function callerWeek(calendar: CallerCalendar, date: CalendarDate): { days: CalendarDate[]; start: Date; end: Date } {
  const days = weekDays(date, calendar.weekStart);
  return { days, ...dayRange(days[0]!, days[6]!, calendar.timeZone) };
}
