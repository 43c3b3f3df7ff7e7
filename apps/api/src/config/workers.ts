/**
 * TK_WORKERS: how many server processes share the port on PostgreSQL (docs/admin/deployment).
 * `auto` is the number of CPUs this process may use: `os.availableParallelism()`, lowered to the
 * cgroup's CPU limit when the container has one (a limit of 1.5 CPUs gives 1 worker, not the
 * host's 32). The parsers take the files' text so tests can feed them fixture strings.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

export const MAX_WORKERS = 256;

/** cgroup v2 `cpu.max`: "<quota> <period>" or "max <period>". Returns CPUs, or null for no limit. */
export function cpuLimitFromCpuMax(text: string): number | null {
  const [quota, period] = text.trim().split(/\s+/);
  if (quota === undefined || quota === 'max') return null;
  return cpuLimit(quota, period ?? '100000');
}

/** cgroup v1 `cpu.cfs_quota_us` and `cpu.cfs_period_us`; a quota of -1 means no limit. */
export function cpuLimitFromCfs(quotaText: string, periodText: string): number | null {
  return cpuLimit(quotaText.trim(), periodText.trim());
}

function cpuLimit(quota: string, period: string): number | null {
  const q = Number(quota);
  const p = Number(period);
  if (!Number.isFinite(q) || !Number.isFinite(p) || q <= 0 || p <= 0) return null;
  return q / p;
}

export type ReadText = (path: string) => string | null;

const readText: ReadText = (path) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
};

/** The cgroup CPU limit of this process in CPUs (v2 first, then v1), or null when there is none. */
export function cgroupCpuLimit(read: ReadText = readText): number | null {
  const v2 = read('/sys/fs/cgroup/cpu.max');
  if (v2 !== null) return cpuLimitFromCpuMax(v2);
  for (const dir of ['/sys/fs/cgroup/cpu', '/sys/fs/cgroup/cpu,cpuacct']) {
    const quota = read(`${dir}/cpu.cfs_quota_us`);
    const period = read(`${dir}/cpu.cfs_period_us`);
    if (quota !== null && period !== null) return cpuLimitFromCfs(quota, period);
  }
  return null;
}

/** CPUs the process may use: the scheduler's count, bounded by the cgroup limit (at least 1). */
export function usableCpus(parallelism: number = availableParallelism(), limit: number | null = cgroupCpuLimit()): number {
  const bounded = limit === null ? parallelism : Math.min(parallelism, Math.floor(limit));
  return Math.max(1, bounded);
}

/**
 * The TK_WORKERS value as a count: undefined → 1, `auto` → `cpus()`, else a whole number from 1 to
 * MAX_WORKERS. Returns an error text (for ConfigError) instead of throwing.
 */
export function parseWorkers(raw: string | undefined, cpus: () => number = () => usableCpus()): number | string {
  if (raw === undefined) return 1;
  if (raw.toLowerCase() === 'auto') return cpus();
  if (!/^\d+$/.test(raw)) return `must be a whole number or "auto", got "${raw}"`;
  const n = Number(raw);
  if (n < 1 || n > MAX_WORKERS) return `must be between 1 and ${MAX_WORKERS} or "auto", got ${n}`;
  return n;
}
