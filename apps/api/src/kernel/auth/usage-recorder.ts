/**
 * Token usage (last used, from where, how often) without a database write per request:
 * uses are counted in memory and written in one UPDATE per token every few seconds, and on
 * shutdown. Listings add the counts still pending on this instance.
 */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { apiTokens } from '../../db/schema/index.js';

interface Pending {
  count: number;
  lastUsedAt: Date;
  lastIp: string;
}

export class UsageRecorder {
  private pending = new Map<number, Pending>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Db,
    private readonly onError: (err: unknown) => void,
  ) {}

  record(tokenId: number, ip: string): void {
    const p = this.pending.get(tokenId);
    if (p) {
      p.count++;
      p.lastUsedAt = new Date();
      p.lastIp = ip;
    } else this.pending.set(tokenId, { count: 1, lastUsedAt: new Date(), lastIp: ip });
  }

  pendingFor(tokenId: number): Pending | undefined {
    return this.pending.get(tokenId);
  }

  start(intervalMs: number): void {
    this.timer = setInterval(() => void this.flush(), intervalMs);
    this.timer.unref();
  }

  /** Writes what is pending; concurrent calls queue behind each other. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      if (this.pending.size === 0) return;
      const batch = this.pending;
      this.pending = new Map();
      for (const [id, p] of batch) {
        try {
          await this.db
            .update(apiTokens)
            .set({
              usageCount: sql`${apiTokens.usageCount} + ${p.count}`,
              lastUsedAt: sql`greatest(coalesce(${apiTokens.lastUsedAt}, ${p.lastUsedAt}), ${p.lastUsedAt})`,
              lastUsedIp: p.lastIp,
            })
            .where(eq(apiTokens.id, id));
        } catch (err) {
          // Keep the counts for the next attempt (e.g. the database is restarting).
          const again = this.pending.get(id);
          this.pending.set(id, again ? { ...again, count: again.count + p.count } : p);
          this.onError(err);
        }
      }
    });
    return this.flushing;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.flush();
  }
}
