import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config/index.js';

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
