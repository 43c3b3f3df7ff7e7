/**
 * `pnpm cli update-permissions` on an installation from before the sales permissions: it adds the
 * crm category, gives each system role its share once, reports what changed, leaves user
 * assignments alone, and a second run changes nothing (docs/admin/security/roles-and-permissions.md#keeping-the-catalog-up-to-date).
 */
import { PERMISSION_NAMES, PERMISSIONS, SYSTEM_ROLES, type Permission } from '@timekeeper/shared';
import { inArray, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { permissions, roleDefaultsApplied } from '../src/db/schema/index.js';
import { formatReport, reportIsEmpty, syncCatalog } from '../src/modules/roles/catalog-sync.js';
import { describeEachDb } from './helpers/app.js';
import { useTestApp, useUser } from './helpers/fixtures.js';

const CRM = PERMISSION_NAMES.filter((p) => PERMISSIONS[p].category === 'crm');

describeEachDb('update-permissions adds the sales permissions', (kind) => {
  const t = useTestApp(kind);
  const user = useUser(t, ['user']);

  it('to an installation that lacks them, reports them, and a second run changes nothing', async () => {
    const db = t.db.db;
    expect(CRM).toHaveLength(17);
    // The installation as an older version left it: no crm permissions, no crm defaults applied.
    await db.delete(roleDefaultsApplied).where(inArray(roleDefaultsApplied.permissionName, CRM));
    await db.delete(permissions).where(inArray(permissions.name, CRM));
    expect((await user.get('/api/v1/users/me/permissions')).json().permissions).not.toContain('view_own_deals');

    const report = await syncCatalog(db, { migrateLegacy: false, via: 'cli' });
    expect([...report.permissionsAdded].sort()).toEqual([...CRM].sort());
    expect(report.permissionsRemoved).toEqual([]);
    const expectedShares = (['super_admin', 'admin', 'manager', 'user', 'viewer'] as const).flatMap((role) =>
      (SYSTEM_ROLES[role].permissions as readonly Permission[]).filter((p) => CRM.includes(p)).map((p) => `${role}: ${p}`),
    );
    expect([...report.rolePermissionsAdded].sort()).toEqual(expectedShares.sort());
    expect(report.rolePermissionsAdded).toContain('user: create_deals');
    expect(report.rolePermissionsAdded).not.toContain('user: delete_deals');
    const text = formatReport(report);
    expect(text).toContain('Permissions added (17):');
    expect(text).toContain('  convert_leads');
    expect(text).toContain('viewer: view_contacts');

    // The change counts on the next request: the user holds their share now.
    const after = (await user.get('/api/v1/users/me/permissions')).json().permissions as string[];
    expect(after).toEqual(expect.arrayContaining(['view_own_deals', 'create_deals', 'edit_own_leads', 'view_contacts']));
    expect(after).not.toContain('view_all_deals');
    const assignments = await db.execute(sql`select count(*)::int as n from user_roles where user_id = ${user.userId}`);
    expect((assignments as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(1);

    const again = await syncCatalog(db, { migrateLegacy: false, via: 'cli' });
    expect(reportIsEmpty(again)).toBe(true);
    expect(formatReport(again)).toBe('No changes: the permission catalog and system roles are up to date.');
  });
});
