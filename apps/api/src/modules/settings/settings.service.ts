/**
 * System settings (key/value rows) with typed defaults, and system information for admins.
 */
import { sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Db } from '../../db/client.js';
import { apiTokens, appSettings, projects, timeEntries, users } from '../../db/schema/index.js';
import type { Actor } from '../../lib/actor.js';
import type { Tx } from '../../lib/db-types.js';
import { recordAudit } from '../audit/audit.service.js';
import { readAuthzVersion } from '../../kernel/auth/authz-cache.js';
import type { Settings as SettingsSchema, SystemInfo, UpdateSettingsBody } from './settings.schemas.js';

export type Settings = Static<typeof SettingsSchema>;

export const SETTING_DEFAULTS: Settings = {
  organisation_name: 'Timekeeper',
  default_currency: 'EUR',
  /** 1 = Monday … 7 = Sunday (ISO). */
  week_starts_on: 1,
  /** Whether an approver may approve their own time entries. */
  allow_self_approval: false,
};

export async function getSettings(db: Tx): Promise<Settings> {
  const rows = await db.select().from(appSettings);
  const out: Record<string, unknown> = { ...SETTING_DEFAULTS };
  for (const r of rows) if (r.key in SETTING_DEFAULTS) out[r.key] = r.value;
  return out as Settings;
}

export async function updateSettings(db: Db, actor: Actor, patch: Static<typeof UpdateSettingsBody>): Promise<Settings> {
  return db.transaction(async (tx) => {
    const before = await getSettings(tx);
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) continue;
      await tx
        .insert(appSettings)
        .values({ key, value })
        .onConflictDoUpdate({ target: appSettings.key, set: { value, updatedAt: new Date() } });
    }
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
