/**
 * LISTEN on a dedicated PostgreSQL connection — a `pg.Client` of its own, never a pool member,
 * since a pooled connection is handed to other queries and its LISTEN would go with it. A lost
 * connection (its 'error' or 'end' event: PostgreSQL restarted, the backend was terminated, the
 * network failed) is reported through `down` at once and re-established with backoff; `up` runs
 * every time listening (re)starts, because notifications sent while disconnected are lost.
 */
import pg from 'pg';

export interface ListenHandlers {
  notify(payload: string): void;
  /** Listening (again): catch up on what was missed. Awaited before the subscription is live. */
  up(): Promise<void> | void;
  down(err: Error | undefined): void;
}

export interface Subscription {
  /** True while notifications are known to arrive: listening, and caught up since. */
  readonly live: boolean;
  close(): Promise<void>;
}

export interface ListenOptions {
  /** First reconnection delay; it doubles up to `maxRetryMs`. */
  retryMs?: number;
  maxRetryMs?: number;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

export class PgListener implements Subscription {
  private client: pg.Client | null = null;
  private isLive = false;
  private closed = false;
  private timer: NodeJS.Timeout | null = null;
  private delay: number;
  private readonly retryMs: number;
  private readonly maxRetryMs: number;

  constructor(
    private readonly url: string,
    private readonly channel: string,
    private readonly handlers: ListenHandlers,
    options: ListenOptions = {},
  ) {
    if (!IDENTIFIER.test(channel)) throw new Error(`Not a channel name: ${channel}`);
    this.retryMs = options.retryMs ?? 100;
    this.maxRetryMs = options.maxRetryMs ?? 5_000;
    this.delay = this.retryMs;
  }

  get live(): boolean {
    return this.isLive;
  }

  /** The first attempt; a failure is reported through `down` and retried, never thrown. */
  async start(): Promise<void> {
    await this.attempt();
  }

  private async attempt(): Promise<void> {
    this.timer = null;
    if (this.closed) return;
    const client = new pg.Client({ connectionString: this.url, keepAlive: true, application_name: 'timekeeper-listener' });
    this.client = client;
    client.on('notification', (msg) => {
      if (this.client === client && msg.channel === this.channel) this.handlers.notify(msg.payload ?? '');
    });
    client.on('error', (err) => this.lost(client, err));
    client.on('end', () => this.lost(client, undefined));
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
      await this.handlers.up();
      if (this.client === client) {
        this.isLive = true;
        this.delay = this.retryMs;
      }
    } catch (err) {
      this.lost(client, err instanceof Error ? err : new Error(String(err)));
    }
  }

  private lost(client: pg.Client, err: Error | undefined): void {
    if (this.client !== client) return; // already handled, or closed on purpose
    this.client = null;
    this.isLive = false;
    client.end().catch(() => {});
    if (this.closed) return;
    this.handlers.down(err);
    this.timer = setTimeout(() => void this.attempt(), this.delay);
    this.timer.unref();
    this.delay = Math.min(this.delay * 2, this.maxRetryMs);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.isLive = false;
    if (this.timer) clearTimeout(this.timer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }
}
