/**
 * System settings (key/value rows) with typed defaults, and system information for admins.
 */
import { WEEK_START_ISO_DAY, weekStartOfIsoDay } from '@timekeeper/shared';
import { eq, sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Db } from '../../db/client.js';
import { apiTokens, appSettings, projects, timeEntries, users } from '../../db/schema/index.js';
import type { Actor } from '../../lib/actor.js';
import {
  LEGACY_WEEK_STARTS_ON,
  ORGANISATION_KEYS,
  organisationTimeSettings,
  ORGANISATION_TIME_KEYS,
  requireLocale,
  requireTimeZone,
} from '../../lib/caller-calendar.js';
import type { Tx } from '../../lib/db-types.js';
import { validationFailed } from '../../lib/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { bumpAuthzVersion, readAuthzVersion } from '../../kernel/auth/authz-cache.js';
import type { Settings as SettingsSchema, SystemInfo, UpdateSettingsBody } from './settings.schemas.js';

export type Settings = Static<typeof SettingsSchema>;

/** The settings stored as they come; the time defaults are read by organisationTimeSettings (lib/caller-calendar.ts). */
type PlainSettings = Pick<
  Settings,
  | 'organisation_name'
  | 'organisation_address'
  | 'organisation_tax_id'
  | 'organisation_email'
  | 'organisation_logo_url'
  | 'default_currency'
  | 'allow_self_approval'
  | 'deal_stages'
>;

export const SETTING_DEFAULTS: PlainSettings = {
  organisation_name: 'Timekeeper',
  /** The details printed on invoices: none until an admin sets them. */
  organisation_address: '',
  organisation_tax_id: '',
  organisation_email: '',
  organisation_logo_url: '',
  default_currency: 'EUR',
  /** Whether an approver may approve their own time entries. */
  allow_self_approval: false,
  /** The pipeline of open deals (docs/api/crm.md#deal-stages). */
  deal_stages: ['prospecting', 'qualification', 'proposal', 'negotiation'],
};

export async function getSettings(db: Tx): Promise<Settings> {
  const rows = await db.select().from(appSettings);
  const plain: Record<string, unknown> = { ...SETTING_DEFAULTS };
  for (const r of rows) if (r.key in SETTING_DEFAULTS) plain[r.key] = r.value;
  const time = await organisationTimeSettings(db);
  return {
    ...(plain as PlainSettings),
    // Deprecated, kept for older clients: always the weekday of week_start, so the two never disagree.
    week_starts_on: WEEK_START_ISO_DAY[time.week_start],
    default_time_zone: time.time_zone,
    week_start: time.week_start,
    default_locale: time.locale,
    default_time_format: time.time_format,
  };
}

type SettingsPatch = Static<typeof UpdateSettingsBody>;

/** The rows a change writes: zone and locale in their canonical spelling, the old week_starts_on as week_start. */
function storedValues(patch: SettingsPatch): Record<string, unknown> {
  const { week_starts_on, default_time_zone, default_locale, week_start, ...plain } = patch;
  let start = week_start;
  if (week_starts_on !== undefined) {
    const legacy = weekStartOfIsoDay(week_starts_on);
    const path = 'body.week_starts_on';
    if (legacy === null) {
      throw validationFailed('A week starts on Monday (1), Saturday (6) or Sunday (7): set week_start instead', [
        { path, message: 'must be 1 (Monday), 6 (Saturday) or 7 (Sunday)' },
      ]);
    }
    if (week_start !== undefined && week_start !== legacy) {
      throw validationFailed(`week_starts_on ${week_starts_on} is not ${week_start}: send week_start alone`, [
        { path, message: `must be ${WEEK_START_ISO_DAY[week_start]} when week_start is ${week_start}, or be left out` },
      ]);
    }
    start = legacy;
  }
  return {
    ...plain,
    ...(default_time_zone !== undefined
      ? { [ORGANISATION_TIME_KEYS.time_zone]: requireTimeZone(default_time_zone, 'body.default_time_zone') }
      : {}),
    ...(default_locale !== undefined ? { [ORGANISATION_TIME_KEYS.locale]: requireLocale(default_locale, 'body.default_locale') } : {}),
    ...(start !== undefined ? { [ORGANISATION_TIME_KEYS.week_start]: start } : {}),
  };
}

/** Stores settings rows as given (already checked); `week_start` replaces the stored week_starts_on of older versions. */
export async function writeSettings(tx: Tx, values: Record<string, unknown>): Promise<void> {
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    await tx
      .insert(appSettings)
      .values({ key, value })
      .onConflictDoUpdate({ target: appSettings.key, set: { value, updatedAt: new Date() } });
  }
  if (ORGANISATION_TIME_KEYS.week_start in values) await tx.delete(appSettings).where(eq(appSettings.key, LEGACY_WEEK_STARTS_ON));
  // The organisation's time defaults travel with each request's caller (kernel/auth/authz-cache.ts).
  if (Object.entries(values).some(([key, value]) => value !== undefined && ORGANISATION_KEYS.includes(key))) await bumpAuthzVersion(tx);
}

export async function updateSettings(db: Db, actor: Actor, patch: SettingsPatch): Promise<Settings> {
  const values = storedValues(patch);
  return db.transaction(async (tx) => {
    const before = await getSettings(tx);
    await writeSettings(tx, values);
    const after = await getSettings(tx);
    await recordAudit(tx, actor, { action: 'settings.update', targetType: 'settings', targetId: null, before, after });
    return after;
  });
}

const startedAt = Date.now();

export async function systemInfo(db: Db, kind: string, appVersion: string): Promise<Static<typeof SystemInfo>> {
  const [version] = ((await db.execute(sql`select version() as v`)) as unknown as { rows: { v: string }[] }).rows;
  const [counts] = await db
    .select({
      users: sql<number>`(select count(*)::int from ${users})`,
      projects: sql<number>`(select count(*)::int from ${projects})`,
      time_entries: sql<number>`(select count(*)::int from ${timeEntries})`,
      api_tokens: sql<number>`(select count(*)::int from ${apiTokens} where revoked_at is null and expires_at > now())`,
    })
    .from(sql`(select 1) as one`);
  return {
    app_version: appVersion,
    api_version: 'v1',
    node_version: process.version,
    database: kind,
    database_version: version?.v ?? 'unknown',
    uptime_seconds: Math.round((Date.now() - startedAt) / 1000),
    authz_version: await readAuthzVersion(db),
    counts: counts!,
  };
}
