/**
 * One HTTP call = one record: status, latency, and whether the caller expected it. Uses the
 * global fetch (undici, keep-alive connections). A network error or a timeout is a status of its
 * own (0 / -1), never silently retried.
 */
export const NETWORK_ERROR = 0;
export const TIMED_OUT = -1;

export interface CallOptions {
  token?: string;
  cookie?: string;
  csrf?: string;
  body?: unknown;
  headers?: Record<string, string>;
  timeoutMs?: number;
}

export interface Outcome {
  status: number;
  ms: number;
  at: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  headers: Headers | null;
  label: string;
}

export interface Problem {
  label: string;
  status: number;
  at: number;
  detail: string;
}

/** The error body of docs/api/README.md#errors: error, message, code and request_id. */
export function isErrorBody(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const b = body as Record<string, unknown>;
  return ['error', 'message', 'code', 'request_id'].every((k) => typeof b[k] === 'string' && (b[k] as string).length > 0);
}

export class Recorder {
  readonly byStatus = new Map<number, number>();
  readonly byLabel = new Map<string, Map<number, number>>();
  readonly latencies: number[] = [];
  readonly problems: Problem[] = [];
  /** 5xx answers accepted during an injected fault, with their times. */
  readonly tolerated: Outcome[] = [];

  async call(baseUrl: string, label: string, method: string, path: string, opts: CallOptions = {}): Promise<Outcome> {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    if (opts.cookie) headers.cookie = opts.cookie;
    if (opts.csrf) headers['x-csrf-token'] = opts.csrf;
    if (opts.body !== undefined) headers['content-type'] = 'application/json';
    const started = performance.now();
    const at = Date.now();
    let status: number;
    let body: unknown;
    let resHeaders: Headers | null = null;
    try {
      const res = await fetch(baseUrl + path, {
        method,
        headers,
        body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
        signal: AbortSignal.timeout(opts.timeoutMs ?? 30_000),
      });
      status = res.status;
      resHeaders = res.headers;
      const text = await res.text();
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        body = text;
      }
    } catch (err) {
      const name = (err as Error).name;
      status = name === 'TimeoutError' || name === 'AbortError' ? TIMED_OUT : NETWORK_ERROR;
      body = String((err as Error & { cause?: unknown }).cause ?? err);
    }
    const ms = performance.now() - started;
    this.latencies.push(ms);
    this.byStatus.set(status, (this.byStatus.get(status) ?? 0) + 1);
    let perLabel = this.byLabel.get(label);
    if (!perLabel) this.byLabel.set(label, (perLabel = new Map()));
    perLabel.set(status, (perLabel.get(status) ?? 0) + 1);
    return { status, ms, at, body, headers: resHeaders, label };
  }

  /** Notes an answer the scenario did not expect; the test fails when there is any. */
  problem(outcome: Outcome, why: string): void {
    const detail = `${why}: ${typeof outcome.body === 'string' ? outcome.body : JSON.stringify(outcome.body)}`.slice(0, 400);
    this.problems.push({ label: outcome.label, status: outcome.status, at: outcome.at, detail });
  }

  get total(): number {
    return this.latencies.length;
  }

  percentile(p: number): number {
    if (this.latencies.length === 0) return 0;
    const sorted = [...this.latencies].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  }

  /** A few lines for the console: totals, statuses, latency, and the first problems. */
  summary(title: string, seconds: number): string {
    const statuses = [...this.byStatus.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([s, n]) => `${statusName(s)}: ${n}`)
      .join(', ');
    const lines = [
      `── ${title}`,
      `requests ${this.total} in ${seconds.toFixed(1)} s (${(this.total / seconds).toFixed(0)}/s) · by status ${statuses}`,
      `latency p50 ${this.percentile(50).toFixed(1)} ms · p99 ${this.percentile(99).toFixed(1)} ms · max ${this.percentile(100).toFixed(1)} ms`,
    ];
    if (this.tolerated.length > 0) lines.push(`5xx during the injected fault (accepted): ${this.tolerated.length}`);
    if (this.problems.length > 0) {
      lines.push(`PROBLEMS: ${this.problems.length}`);
      for (const p of this.problems.slice(0, 10)) lines.push(`  ${p.label} → ${statusName(p.status)}: ${p.detail}`);
    }
    return lines.join('\n');
  }
}

function statusName(status: number): string {
  if (status === NETWORK_ERROR) return 'network error';
  if (status === TIMED_OUT) return 'timeout';
  return String(status);
}
