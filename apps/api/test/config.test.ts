import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config/index.js';
import { cgroupCpuLimit, cpuLimitFromCfs, cpuLimitFromCpuMax, parseWorkers, usableCpus } from '../src/config/workers.js';

const dirs: string[] = [];
function tempDir() {
  const d = mkdtempSync(join(tmpdir(), 'tk-config-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('loadConfig', () => {
  it('has the documented defaults', () => {
    const dir = tempDir();
    const c = loadConfig({ TK_DATA_DIR: dir });
    expect(c).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: null,
      dataDir: dir,
      tokenMaxDays: 365,
      logLevel: 'info',
      demo: false,
      admin: null,
    });
  });

  it('generates a secret into the data dir once and reuses it', () => {
    const dir = tempDir();
    const first = loadConfig({ TK_DATA_DIR: dir });
    expect(first.secretGenerated).toBe(true);
    expect(first.secret.length).toBeGreaterThanOrEqual(32);
    expect(existsSync(join(dir, 'secret'))).toBe(true);
    expect(statSync(join(dir, 'secret')).mode & 0o077).toBe(0);
    const second = loadConfig({ TK_DATA_DIR: dir });
    expect(second.secret).toBe(first.secret);
    expect(readFileSync(join(dir, 'secret'), 'utf8').trim()).toBe(first.secret);
  });

  it.each([
    [{ PORT: 'abc' }, /PORT must be a whole number/],
    [{ PORT: '70000' }, /PORT must be between 0 and 65535/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must be a postgres/],
    [{ TK_SECRET: 'short' }, /TK_SECRET must be at least 32/],
    [{ NODE_ENV: 'production' }, /TK_SECRET is required when NODE_ENV=production/],
    [{ TK_ADMIN_EMAIL: 'a@b.c' }, /TK_ADMIN_PASSWORD must be set together/],
    [{ TK_ADMIN_EMAIL: 'a@b.c', TK_ADMIN_PASSWORD: 'short' }, /TK_ADMIN_PASSWORD must be at least 10/],
    [{ TK_TOKEN_MAX_DAYS: '0' }, /TK_TOKEN_MAX_DAYS must be between 1 and 3650/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
    [{ TK_DEMO: 'maybe' }, /TK_DEMO must be 1\/0/],
  ])('refuses %o with a message naming the variable', (env, message) => {
    expect(() => loadConfig({ TK_DATA_DIR: tempDir(), ...env })).toThrow(ConfigError);
    expect(() => loadConfig({ TK_DATA_DIR: tempDir(), ...env })).toThrow(message);
  });
});

describe('TK_WORKERS', () => {
  it('defaults to 1, takes a whole number or auto, and refuses anything else naming the variable', () => {
    const dir = tempDir();
    expect(loadConfig({ TK_DATA_DIR: dir }).workers).toBe(1);
    expect(loadConfig({ TK_DATA_DIR: dir, TK_WORKERS: '3' }).workers).toBe(3);
    expect(loadConfig({ TK_DATA_DIR: dir, TK_WORKERS: 'auto' }).workers).toBe(usableCpus());
    for (const bad of ['0', 'two', '-1', '1.5', '257']) {
      expect(() => loadConfig({ TK_DATA_DIR: dir, TK_WORKERS: bad }), bad).toThrow(ConfigError);
      expect(() => loadConfig({ TK_DATA_DIR: dir, TK_WORKERS: bad }), bad).toThrow(/^Invalid configuration: TK_WORKERS /);
    }
  });

  it('auto is the CPUs the scheduler offers, bounded by the cgroup limit, at least 1', () => {
    expect(parseWorkers('auto', () => 6)).toBe(6);
    expect(parseWorkers('AUTO', () => 2)).toBe(2);
    expect(usableCpus(8, null)).toBe(8);
    expect(usableCpus(8, 2)).toBe(2);
    expect(usableCpus(8, 1.5)).toBe(1);
    expect(usableCpus(8, 0.5)).toBe(1);
    expect(usableCpus(2, 4)).toBe(2);
  });

  it('reads the cgroup v2 cpu.max and the v1 CFS quota', () => {
    expect(cpuLimitFromCpuMax('max 100000\n')).toBeNull();
    expect(cpuLimitFromCpuMax('200000 100000\n')).toBe(2);
    expect(cpuLimitFromCpuMax('150000 100000')).toBe(1.5);
    expect(cpuLimitFromCpuMax('50000 100000')).toBe(0.5);
    expect(cpuLimitFromCfs('-1\n', '100000\n')).toBeNull();
    expect(cpuLimitFromCfs('300000\n', '100000\n')).toBe(3);

    const files = (entries: Record<string, string>) => (path: string) => entries[path] ?? null;
    expect(cgroupCpuLimit(files({ '/sys/fs/cgroup/cpu.max': '400000 100000' }))).toBe(4);
    expect(cgroupCpuLimit(files({ '/sys/fs/cgroup/cpu.max': 'max 100000' }))).toBeNull();
    expect(
      cgroupCpuLimit(files({ '/sys/fs/cgroup/cpu/cpu.cfs_quota_us': '250000', '/sys/fs/cgroup/cpu/cpu.cfs_period_us': '100000' })),
    ).toBe(2.5);
    expect(
      cgroupCpuLimit(
        files({ '/sys/fs/cgroup/cpu,cpuacct/cpu.cfs_quota_us': '-1', '/sys/fs/cgroup/cpu,cpuacct/cpu.cfs_period_us': '100000' }),
      ),
    ).toBeNull();
    expect(cgroupCpuLimit(files({}))).toBeNull();
  });

  it('TK_DB_POOL_SIZE and TK_WORKER_HEADER', () => {
    const dir = tempDir();
    expect(loadConfig({ TK_DATA_DIR: dir })).toMatchObject({ dbPoolSize: 10, workerHeader: false });
    expect(loadConfig({ TK_DATA_DIR: dir, TK_DB_POOL_SIZE: '4', TK_WORKER_HEADER: '1' })).toMatchObject({
      dbPoolSize: 4,
      workerHeader: true,
    });
    expect(() => loadConfig({ TK_DATA_DIR: dir, TK_DB_POOL_SIZE: '0' })).toThrow(/TK_DB_POOL_SIZE/);
  });
});
