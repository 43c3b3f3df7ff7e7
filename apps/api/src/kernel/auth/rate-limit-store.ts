/**
 * A store for @fastify/rate-limit (its `store` option) over the shared `rate_limits` table, for
 * limits checked on every request of a kind — the per-token request limit — where a database
 * round trip per request would cost more than the request itself.
 *
 * Each instance counts a key locally and adds its counts to the row at least every 100 ms (one
 * upsert per key, whatever the traffic), learning the other instances' counts from the row it gets
 * back. A request waits for the database only when the key is new here, its last exchange is older
 * than 100 ms, or the count nears the limit (the last tenth, at least 10) — so the decision at the
 * limit is made on the row itself. What another instance counted in its last 100 ms may still be
 * missing from that row: a limit can be exceeded by at most that much.
 */
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { AttemptStore } from './attempt-store.js';

export const SYNC_MS = 100;
const MAX_KEYS = 10_000;

interface LocalCount {
  /** The row's count at the last exchange. */
  shared: number;
  /** Counted here since. */
  pending: number;
  expiresAt: number;
  windowMs: number;
  syncedAt: number;
}

interface RateLimitResult {
  current: number;
  ttl: number;
}

type Callback = Parameters<FastifyRateLimitStore['incr']>[1];
/** What @fastify/rate-limit passes to `child`: the merged options, with the route (if any) as `routeInfo`. */
type ChildOptions = Parameters<FastifyRateLimitStore['child']>[0] & { routeInfo?: { method?: string; url?: string } };

export interface SharedRateLimitStore {
  /** The class to give @fastify/rate-limit as its `store`. */
  Store: FastifyRateLimitStoreCtor;
  /** Adds every pending count to the table (run every 100 ms while counts are pending). */
  flush(): Promise<void>;
  /** Stops the timer after a last flush. */
  close(): Promise<void>;
}

/** A store for @fastify/rate-limit bound to one counter table, with its flush and close. */
export function sharedRateLimitStore(
  counters: AttemptStore,
  onError: (err: unknown) => void,
  now: () => number = Date.now,
): SharedRateLimitStore {
  const local = new Map<string, LocalCount>();
  let timer: NodeJS.Timeout | null = null;

  /** Adds `n` to the row and takes its count; increments counted here meanwhile stay pending. */
  const exchange = async (key: string, n: number, windowMs: number, at: number): Promise<LocalCount> => {
    const row = await counters.add(key, at, windowMs, n);
    const expiresAt = row.firstAt + windowMs;
    let entry = local.get(key);
    if (!entry) {
      if (local.size >= MAX_KEYS) local.delete(local.keys().next().value!);
      entry = { shared: 0, pending: 0, expiresAt, windowMs, syncedAt: at };
      local.set(key, entry);
    }
    // Exchanges may return out of order: within one window the count only grows.
    entry.shared = entry.expiresAt === expiresAt ? Math.max(entry.shared, row.count) : row.count;
    entry.expiresAt = expiresAt;
    entry.windowMs = windowMs;
    entry.syncedAt = Math.max(entry.syncedAt, at);
    return entry;
  };

  const flush = async () => {
    timer = null;
    const at = now();
    const work: Promise<unknown>[] = [];
    for (const [key, entry] of local) {
      if (entry.expiresAt <= at) local.delete(key);
      else if (entry.pending > 0) {
        const n = entry.pending;
        entry.pending = 0;
        work.push(exchange(key, n, entry.windowMs, at).catch(onError));
      }
    }
    await Promise.all(work);
  };

  const schedule = () => {
    if (timer) return;
    timer = setTimeout(() => void flush(), SYNC_MS);
    timer.unref();
  };

  const take = async (key: string, windowMs: number, max: number): Promise<RateLimitResult> => {
    const at = now();
    const entry = local.get(key);
    const margin = Math.max(10, Math.ceil(max / 10));
    if (entry && entry.expiresAt > at && at - entry.syncedAt < SYNC_MS && entry.shared + entry.pending + 1 <= max - margin) {
      entry.pending++;
      schedule();
      return { current: entry.shared + entry.pending, ttl: entry.expiresAt - at };
    }
    let n = 1;
    if (entry && entry.expiresAt > at) {
      n += entry.pending;
      entry.pending = 0;
    } else local.delete(key);
    const next = await exchange(key, n, windowMs, at);
    return { current: next.shared + next.pending, ttl: Math.max(0, next.expiresAt - at) };
  };

  class Store implements FastifyRateLimitStore {
    // @fastify/rate-limit passes its options; the limits come with each call.
    constructor(
      _params?: object,
      private readonly prefix = '',
    ) {}

    incr(key: string, cb: Callback, timeWindow: number, max: number): void {
      take(`${this.prefix}${key}`, timeWindow, max).then(
        (result) => cb(null, result),
        (err: Error) => cb(err),
      );
    }

    child(routeOptions: ChildOptions): Store {
      const route = routeOptions.routeInfo?.url ? `${routeOptions.routeInfo.method ?? ''}${routeOptions.routeInfo.url}:` : '';
      return new Store(undefined, `${this.prefix}${route}`);
    }
  }

  return {
    Store,
    flush,
    async close() {
      if (timer) clearTimeout(timer);
      await flush();
    },
  };
}
