/**
 * The knobs of `pnpm test:load`, read once from the environment (see docs/development/load-testing.md).
 */
function whole(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max)
    throw new Error(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  return Number(raw);
}

export const knobs = {
  /** How long the mixed workload runs. */
  seconds: whole('TK_LOAD_SECONDS', 60, 1, 3600),
  /** Concurrent clients in the mixed workload; each is its own user with its own token. */
  clients: whole('TK_LOAD_CLIENTS', 100, 1, 1000),
  /** An existing PostgreSQL (superuser, may CREATE DATABASE) instead of a throwaway cluster. */
  databaseUrl: process.env.DATABASE_URL?.trim() || null,
  ci: process.env.CI === 'true' || process.env.CI === '1',
};
