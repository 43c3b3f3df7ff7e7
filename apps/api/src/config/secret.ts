import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Without TK_SECRET the server generates one secret into the data dir, once, and reuses it,
 * so sessions survive restarts on a single machine. Production must set TK_SECRET.
 */
export function resolveSecret(dataDir: string): { secret: string; generated: boolean } {
  const file = join(dataDir, 'secret');
  if (existsSync(file)) {
    const secret = readFileSync(file, 'utf8').trim();
    if (secret.length >= 32) return { secret, generated: true };
  }
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return { secret, generated: true };
}
