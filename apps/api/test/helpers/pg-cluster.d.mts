/** Types of pg-cluster.mjs (plain JavaScript, shared with the benchmark). */
export interface PostgresCluster {
  url: string;
  version(): string;
  postmasterPid(): number;
  halt(): Promise<void>;
  resume(): Promise<void>;
  stop(): void;
}

export function findPostgresBin(): string | null;
export function freePort(): Promise<number>;
export function startPostgresCluster(opts?: { settings?: Record<string, string | number>; tempPrefix?: string }): Promise<PostgresCluster>;
