/**
 * A fresh PostgreSQL database per scenario: in DATABASE_URL's server when one is given, otherwise
 * in a throwaway cluster. The restart scenario always gets its own cluster — it stops the server,
 * which it may only do to a server it started. No PostgreSQL at all is a failure, never a skip:
 * whoever runs `pnpm test:load` asked for exactly these checks.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startCluster, type Cluster } from '../../test/helpers/postgres-cluster.js';
import { knobs } from './knobs.js';

export interface LoadDatabase {
  url: string;
  /** Our own cluster (fault injection), or null on a given server. */
  cluster: Cluster | null;
  dispose(): Promise<void>;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function provisionDatabase(opts: { restartable?: boolean } = {}): Promise<LoadDatabase> {
  let cluster: Cluster | null = null;
  let adminUrl = knobs.databaseUrl;
  if (opts.restartable || !adminUrl) {
    const started = await startCluster();
    if (!started.cluster) {
      const why =
        opts.restartable && adminUrl
          ? ' (DATABASE_URL is set, but this scenario stops and starts PostgreSQL, so it needs a cluster of its own)'
          : '';
      throw new Error(`Cannot run the load scenario: ${started.reason}${why}.`);
    }
    cluster = started.cluster;
    adminUrl = cluster.url;
  }
  const name = `tk_load_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return {
    url: withDatabase(adminUrl, name),
    cluster,
    async dispose() {
      if (cluster) {
        cluster.stop();
        return;
      }
      const c = new pg.Client({ connectionString: adminUrl! });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
