/**
 * The benchmark's throwaway PostgreSQL cluster, started by the shared helper the tests use
 * (test/helpers/pg-cluster.mjs).
 *
 * Unlike the test cluster, durability stays on (fsync, full_page_writes, synchronous_commit):
 * writes are measured as an operator would run them. Only the seed session turns off
 * synchronous_commit for itself.
 */
import { startPostgresCluster } from '../test/helpers/pg-cluster.mjs';

export { freePort } from '../test/helpers/pg-cluster.mjs';

/** Starts a cluster; throws with the reason when PostgreSQL is not installed. */
export async function startPostgres() {
  // Memory sized for a small server; everything else is PostgreSQL's default.
  const settings = { shared_buffers: '512MB', work_mem: '16MB', maintenance_work_mem: '256MB', max_wal_size: '4GB' };
  const cluster = await startPostgresCluster({ settings: { max_connections: 200, ...settings }, tempPrefix: 'tk-bench-pg-' });
  return {
    url: cluster.url,
    version: cluster.version(),
    settings,
    /** The postmaster's pid (its backends are its children). */
    pid: cluster.postmasterPid(),
    stop: () => cluster.stop(),
  };
}
