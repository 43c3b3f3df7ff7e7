/**
 * Tasks run once before serving: keep the permission catalog and system roles in sync, and
 * create the administrator named by TK_ADMIN_EMAIL / TK_ADMIN_PASSWORD on an empty install, and
 * with TK_DEMO=1 seed the demo organisation (once) and print its logins.
 */
import type { FastifyInstance } from 'fastify';
import { leadsCluster } from './cluster.js';
import { createFirstAdmin, needsSetup } from './modules/auth/auth.service.js';
import { demoLoginsText, seedDemo } from './demo/demo-seed.js';
import { reportIsEmpty, syncCatalog } from './modules/roles/catalog-sync.js';

/** Fixed advisory-lock key: start-up tasks of every process on one database take turns. */
const STARTUP_LOCK_KEY = 727_002;

/**
 * Every worker and every instance runs these at start, one at a time under an advisory lock on
 * PostgreSQL: the first makes the changes, the rest find nothing left to do (each task checks
 * first), so the catalog sync, the first admin and the demo organisation happen exactly once.
 */
export async function runStartupTasks(app: FastifyInstance): Promise<void> {
  await app.dbHandle.exclusive(STARTUP_LOCK_KEY, () => startupTasks(app));
  // Printed, not logged: a person starting the demo needs to read these — once, not once per worker.
  if (app.config.demo && leadsCluster()) console.log(`\n${demoLoginsText()}\n`);
}

async function startupTasks(app: FastifyInstance): Promise<void> {
  const report = await syncCatalog(app.db, { migrateLegacy: false, via: 'system' });
  if (!reportIsEmpty(report)) app.log.info({ changes: report }, 'permission catalog synced');

  const admin = app.config.admin;
  if (admin && (await needsSetup(app.db))) {
    try {
      const { user } = await createFirstAdmin(
        app.db,
        { email: admin.email, name: 'Administrator', password: admin.password },
        null,
        'system',
      );
      app.log.info({ userId: user.id, email: user.email }, 'created the super admin from TK_ADMIN_EMAIL');
    } catch (err) {
      // Another instance won the race (one not taking the lock, such as an older version): fine.
      if (await needsSetup(app.db)) throw err;
    }
  }

  if (app.config.demo) {
    const summary = await seedDemo(app.db);
    if (summary.seeded) app.log.info({ demo: summary }, 'demo organisation created');
  }
}
