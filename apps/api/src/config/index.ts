/**
 * Configuration from the environment, parsed and validated once at start.
 * A bad value throws `ConfigError`; `server.ts` prints its message and exits with code 78 (EX_CONFIG).
 */
import { mkdirSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { apiRoot } from './paths.js';
import { resolveSecret } from './secret.js';
import { parseWorkers } from './workers.js';

export const EXIT_CONFIG = 78;

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`Invalid configuration: ${variable} ${message}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
  nodeEnv: string;
  port: number;
  host: string;
  databaseUrl: string | null;
  dataDir: string;
  secret: string;
  /** true when the secret was generated into the data dir (development convenience). */
  secretGenerated: boolean;
  admin: { email: string; password: string } | null;
  demo: boolean;
  tokenMaxDays: number;
  /** Requests per minute one API token may make. */
  tokenRateLimit: number;
  logLevel: LogLevel;
  webDir: string;
  migrationsDir: string;
  trustProxy: boolean | number;
  /** Server processes sharing the port (TK_WORKERS; `auto` resolved). More than one only on PostgreSQL. */
  workers: number;
  /** Connections in each process's PostgreSQL pool (TK_DB_POOL_SIZE); each process also holds one for LISTEN. */
  dbPoolSize: number;
  /** Diagnostic: every response names the process that answered (X-Timekeeper-Worker: <pid>). */
  workerHeader: boolean;
}

type Env = Record<string, string | undefined>;

function str(env: Env, name: string): string | undefined {
  const v = env[name];
  return v === undefined || v.trim() === '' ? undefined : v.trim();
}

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = str(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const n = Number(raw);
  if (n < min || n > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${n}`);
  return n;
}

function bool(env: Env, name: string): boolean {
  const raw = str(env, name);
  if (raw === undefined) return false;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(name, `must be 1/0 or true/false, got "${raw}"`);
}

function dir(env: Env, name: string, fallback: string, base = process.cwd()): string {
  const raw = str(env, name) ?? fallback;
  return isAbsolute(raw) ? raw : resolve(base, raw);
}

/** Parse the environment. Creates the data dir (and a generated secret in it) when needed. */
export function loadConfig(env: Env = process.env): Config {
  const nodeEnv = str(env, 'NODE_ENV') ?? 'development';
  const port = int(env, 'PORT', 3000, 0, 65535);
  const host = str(env, 'HOST') ?? '127.0.0.1';

  const databaseUrl = str(env, 'DATABASE_URL') ?? null;
  if (databaseUrl !== null && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL', 'must be a postgres:// or postgresql:// connection string');
  }

  const dataDir = dir(env, 'TK_DATA_DIR', './data');
  try {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  } catch (err) {
    throw new ConfigError('TK_DATA_DIR', `cannot be created at ${dataDir}: ${(err as Error).message}`);
  }

  const givenSecret = str(env, 'TK_SECRET');
  if (givenSecret !== undefined && givenSecret.length < 32) throw new ConfigError('TK_SECRET', 'must be at least 32 characters long');
  if (givenSecret === undefined && nodeEnv === 'production') {
    throw new ConfigError('TK_SECRET', 'is required when NODE_ENV=production (at least 32 random characters)');
  }
  const { secret, generated } = givenSecret !== undefined ? { secret: givenSecret, generated: false } : resolveSecret(dataDir);

  const adminEmail = str(env, 'TK_ADMIN_EMAIL');
  const adminPassword = env.TK_ADMIN_PASSWORD;
  let admin: Config['admin'] = null;
  if (adminEmail !== undefined || (adminPassword !== undefined && adminPassword !== '')) {
    if (adminEmail === undefined) throw new ConfigError('TK_ADMIN_EMAIL', 'must be set together with TK_ADMIN_PASSWORD');
    if (!adminPassword) throw new ConfigError('TK_ADMIN_PASSWORD', 'must be set together with TK_ADMIN_EMAIL');
    if (!/^[^@\s]+@[^@\s]+$/.test(adminEmail)) throw new ConfigError('TK_ADMIN_EMAIL', 'must be an email address');
    if (adminPassword.length < 10) throw new ConfigError('TK_ADMIN_PASSWORD', 'must be at least 10 characters long');
    admin = { email: adminEmail, password: adminPassword };
  }

  const logLevel = (str(env, 'LOG_LEVEL') ?? 'info').toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  }

  const trustRaw = str(env, 'TK_TRUST_PROXY');
  let trustProxy: boolean | number = false;
  if (trustRaw !== undefined) {
    trustProxy = /^\d+$/.test(trustRaw) ? int(env, 'TK_TRUST_PROXY', 0, 0, 100) : bool(env, 'TK_TRUST_PROXY');
  }

  const workers = parseWorkers(str(env, 'TK_WORKERS'));
  if (typeof workers === 'string') throw new ConfigError('TK_WORKERS', workers);

  return {
    nodeEnv,
    port,
    host,
    databaseUrl,
    dataDir,
    secret,
    secretGenerated: generated,
    admin,
    demo: bool(env, 'TK_DEMO'),
    tokenMaxDays: int(env, 'TK_TOKEN_MAX_DAYS', 365, 1, 3650),
    tokenRateLimit: int(env, 'TK_TOKEN_RATE_LIMIT', 600, 1, 1_000_000),
    logLevel: logLevel as LogLevel,
    webDir: dir(env, 'TK_WEB_DIR', resolve(apiRoot, '../web/dist')),
    migrationsDir: dir(env, 'TK_MIGRATIONS_DIR', resolve(apiRoot, 'drizzle')),
    trustProxy,
    workers,
    dbPoolSize: int(env, 'TK_DB_POOL_SIZE', 10, 1, 1000),
    workerHeader: bool(env, 'TK_WORKER_HEADER'),
  };
}
