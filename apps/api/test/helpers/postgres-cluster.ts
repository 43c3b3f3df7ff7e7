/**
 * The tests' throwaway PostgreSQL cluster (the shared start-up is in pg-cluster.mjs, which the
 * benchmark uses too). Durability is off: a test cluster trades crash safety for speed.
 */
import { findPostgresBin, freePort, startPostgresCluster } from './pg-cluster.mjs';

export { freePort };

export interface Cluster {
  url: string;
  /** Stops the server and deletes the cluster. */
  stop(): void;
  /** Fault injection: shuts the server down (`pg_ctl stop -m fast`), keeping the data. Async: the caller's clients keep running. */
  halt(): Promise<void>;
  /** Starts a halted server again, on the same port with the same data. */
  resume(): Promise<void>;
}

/** Starts a cluster, or returns null (with the reason) when no PostgreSQL binaries are installed. */
export async function startCluster(): Promise<{ cluster: Cluster | null; reason?: string }> {
  if (!findPostgresBin()) return { cluster: null, reason: 'no initdb/pg_ctl found (install the postgresql package)' };
  const cluster = await startPostgresCluster({
    settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off', max_connections: 300 },
  });
  return { cluster };
}
