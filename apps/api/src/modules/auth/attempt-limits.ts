/**
 * Counting attempts (failed sign-ins, wrong current passwords, email changes) and deciding when the
 * next one may come (docs/admin/security/README.md, "Sign-in limits and lockout").
 *
 * Sign-in failures are keyed on account + client address, with growing delays: whoever guesses
 * from one address slows only themselves, and the right person signs in from anywhere else. The
 * per-address limit stays, so one address cannot try many accounts either.
 *
 * The counts live behind `AttemptStore` (kernel/auth/attempt-store.ts): this process's memory on
 * PGlite, the `rate_limits` table on PostgreSQL, so instances sharing the database enforce one
 * limit. The routes take the app's store, `app.attemptStore`.
 */
import { MemoryAttemptStore, type AttemptRecord, type AttemptStore } from '../../kernel/auth/attempt-store.js';
import { AppError } from '../../lib/errors.js';

/** At most `max` counted attempts per window that starts with the first of them. */
export interface WindowRule {
  readonly kind: 'window';
  readonly max: number;
  readonly windowMs: number;
}

/**
 * `free` failures, then each further attempt waits `baseMs · 2^(failures − free)` after the last
 * failure, at most `maxMs`. Failures are forgotten `forgetMs` after the first, or on a success.
 */
export interface BackoffRule {
  readonly kind: 'backoff';
  readonly free: number;
  readonly baseMs: number;
  readonly maxMs: number;
  readonly forgetMs: number;
}

export type AttemptRule = WindowRule | BackoffRule;

const MINUTE = 60_000;

export const ATTEMPT_RULES = {
  /** Failed sign-ins from one address, whatever the account. */
  signInIp: { kind: 'window', max: 20, windowMs: 15 * MINUTE },
  /** Failed sign-ins for one account from one address: 1 s, 2 s, 4 s … up to 15 minutes. */
  signInPair: { kind: 'backoff', free: 5, baseMs: 1000, maxMs: 15 * MINUTE, forgetMs: 24 * 60 * MINUTE },
  /** First-run setup attempts from one address (every attempt counts; no account is involved). */
  setupIp: { kind: 'window', max: 20, windowMs: 15 * MINUTE },
  /** Wrong current passwords on POST /auth/password, per user. */
  passwordChange: { kind: 'window', max: 5, windowMs: 15 * MINUTE },
  /** Email changes on PATCH /users/me, per user (a taken email answers 409, which tells it exists). */
  emailChange: { kind: 'window', max: 5, windowMs: 60 * MINUTE },
} as const satisfies Record<string, AttemptRule>;

/** Milliseconds until the next attempt under `rule` may come; 0 when it may come now. */
export function waitMs(rule: AttemptRule, record: AttemptRecord | null, now: number): number {
  if (!record) return 0;
  if (rule.kind === 'window') {
    const windowEnd = record.firstAt + rule.windowMs;
    return record.count >= rule.max && now < windowEnd ? windowEnd - now : 0;
  }
  if (record.count < rule.free) return 0;
  const delay = Math.min(rule.baseMs * 2 ** (record.count - rule.free), rule.maxMs);
  return Math.max(0, record.lastAt + delay - now);
}

const windowOf = (rule: AttemptRule) => (rule.kind === 'window' ? rule.windowMs : rule.forgetMs);

export const rateLimited = (message: string, wait: number) => {
  const seconds = Math.max(1, Math.ceil(wait / 1000));
  return new AppError(
    'rate_limited',
    `${message}; try again in ${seconds} second${seconds === 1 ? '' : 's'}`,
    { retry_after: seconds },
    { 'Retry-After': String(seconds) },
  );
};

/** Attempt limits over one store; `now` is read per call so the limits follow the clock. */
export class AttemptLimiter {
  constructor(
    private readonly store: AttemptStore = new MemoryAttemptStore(),
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Throws 429 (with Retry-After) while any of the keyed rules says wait. */
  async refuseWhileLimited(checks: readonly (readonly [key: string, rule: AttemptRule])[], message: string): Promise<void> {
    const now = this.now();
    let wait = 0;
    for (const [key, rule] of checks) wait = Math.max(wait, waitMs(rule, await this.store.get(key, now), now));
    if (wait > 0) throw rateLimited(message, wait);
  }

  /** Refuses while limited, else counts this attempt (for limits on every attempt, not only failures). */
  async take(key: string, rule: AttemptRule, message: string): Promise<void> {
    await this.refuseWhileLimited([[key, rule]], message);
    await this.count(key, rule);
  }

  async count(key: string, rule: AttemptRule): Promise<void> {
    await this.store.add(key, this.now(), windowOf(rule));
  }

  async forget(key: string): Promise<void> {
    await this.store.clear(key);
  }
}

/** Keys, so every caller spells them the same way. */
export const attemptKeys = {
  signInIp: (ip: string) => `sign-in-ip:${ip}`,
  signInPair: (email: string, ip: string) => `sign-in:${email.trim().toLowerCase()}|${ip}`,
  setupIp: (ip: string) => `setup-ip:${ip}`,
  passwordChange: (userId: number) => `password-change:${userId}`,
  emailChange: (userId: number) => `email-change:${userId}`,
};
