/**
 * Reading PostgreSQL errors, whichever driver raised them. drizzle wraps the pg / PGlite error in
 * `cause`, sometimes more than once, so the SQLSTATE may sit on the error itself or a few causes
 * down. One walker for every place that turns a database error into an answer.
 */

/** How many `cause` links are followed before giving up (drizzle wraps at most a few times). */
const MAX_DEPTH = 5;

/** What a driver error may carry: the SQLSTATE (or a Node socket code), the constraint, the message. */
export interface DriverError {
  code?: unknown;
  constraint?: unknown;
  message?: unknown;
}

/** The error and its causes, outermost first, as far as they are objects. */
export function* errorChain(err: unknown): Generator<DriverError> {
  for (let e: unknown = err, depth = 0; e && typeof e === 'object' && depth < MAX_DEPTH; e = (e as { cause?: unknown }).cause, depth++) {
    yield e as DriverError;
  }
}

/**
 * The first SQLSTATE (or driver code) in the chain for which `match` holds, with the constraint
 * named next to it; null if none.
 */
export function findSqlState(
  err: unknown,
  match: (code: string) => boolean = () => true,
): { code: string; constraint: string | null } | null {
  for (const e of errorChain(err)) {
    if (typeof e.code === 'string' && match(e.code)) {
      return { code: e.code, constraint: typeof e.constraint === 'string' ? e.constraint : null };
    }
  }
  return null;
}

/** SQLSTATE 23505: a unique index refused the row. */
export const UNIQUE_VIOLATION = '23505';

/**
 * A unique-index violation, optionally on one named index (matched by the constraint the driver
 * names, or by the message when it names none).
 */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  for (const e of errorChain(err)) {
    if (e.code !== UNIQUE_VIOLATION) continue;
    if (constraint === undefined) return true;
    if (e.constraint === constraint || (typeof e.message === 'string' && e.message.includes(constraint))) return true;
  }
  return false;
}
