/**
 * Starts one throwaway PostgreSQL cluster for the whole API test run (or uses DATABASE_URL_TEST).
 * Without PostgreSQL binaries the PostgreSQL half of the suite is skipped loudly — except with
 * CI=true, where that is a failure.
 */
import type { TestProject } from 'vitest/node';
import { startCluster, type Cluster } from './helpers/postgres-cluster.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string | null;
  }
}

let cluster: Cluster | null = null;

export async function setup(project: TestProject) {
  const ci = process.env.CI === 'true' || process.env.CI === '1';
  const given = process.env.DATABASE_URL_TEST;
  if (given) {
    project.provide('pgAdminUrl', given);
    return;
  }
  const started = await startCluster();
  if (!started.cluster) {
    const msg = `PostgreSQL tests cannot run: ${started.reason}.`;
    if (ci) throw new Error(`${msg} CI=true requires them.`);
    console.warn(
      `\n${'!'.repeat(78)}\n!! SKIPPING the PostgreSQL half of the API suite: ${started.reason}\n!! Install PostgreSQL or set DATABASE_URL_TEST to run it.\n${'!'.repeat(78)}\n`,
    );
    project.provide('pgAdminUrl', null);
    return;
  }
  cluster = started.cluster;
  project.provide('pgAdminUrl', cluster.url);
}

export async function teardown() {
  cluster?.stop();
  cluster = null;
}
