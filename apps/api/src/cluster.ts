/**
 * Several server processes on one port (TK_WORKERS > 1 with PostgreSQL; docs/admin/deployment).
 *
 * The primary serves nothing: it forks the workers (`node:cluster` hands each new connection to
 * the next worker in turn), replaces one that dies — after a backoff that grows with the deaths of
 * the last minute, giving up when they keep dying — and on SIGTERM/SIGINT asks every worker to
 * shut down gracefully (stop accepting, finish in-flight requests, close pools) and exits 0 once
 * they have. Each worker is an instance like a separate container: its authorization cache learns
 * changes by LISTEN/NOTIFY, rate limits are counted in PostgreSQL, start-up tasks run under an
 * advisory lock (startup.ts). Work that must happen once per machine rather than once per process
 * (the rate_limits sweep, printing the demo logins) runs in the lead worker only: slot 0, which a
 * replacement inherits.
 */
import cluster, { type Worker } from 'node:cluster';
import type { FastifyBaseLogger } from 'fastify';
import { EXIT_CONFIG } from './config/index.js';

/** The message the primary sends a worker to make it shut down gracefully. */
export const SHUTDOWN_MESSAGE = 'timekeeper:shutdown';
const SLOT_ENV = 'TK_WORKER_SLOT';

/** Deaths within this window count towards the backoff and the crash-loop guard. */
const CRASH_WINDOW_MS = 60_000;
/** More deaths than this within the window: the primary stops everything and exits 1. */
const MAX_CRASHES = 5;
const BACKOFF_FIRST_MS = 100;
const BACKOFF_MAX_MS = 10_000;

export interface PrimaryOptions {
  workers: number;
  log: FastifyBaseLogger;
  /** How long workers get to finish in-flight requests before they are killed. */
  graceMs: number;
  /** Called once every worker has started listening the first time (the "running" line). */
  onReady: (address: { address: string; port: number }) => void;
}

/** Whether this process is a worker forked by the primary below. */
export const isClusterWorker = (): boolean => cluster.isWorker;

/** The lead process: not a cluster worker at all, or the worker in slot 0. */
export function leadsCluster(): boolean {
  return !cluster.isWorker || process.env[SLOT_ENV] === '0';
}

/** The wait before replacing a worker, given how many died within the window (1, 2, …). */
export function restartDelay(recentCrashes: number): number {
  return Math.min(BACKOFF_MAX_MS, BACKOFF_FIRST_MS * 2 ** Math.max(0, recentCrashes - 1));
}

/** Runs the primary until shutdown; resolves with the exit code. */
export function runPrimary(opts: PrimaryOptions): Promise<number> {
  const { log } = opts;
  const slots: (Worker | undefined)[] = new Array(opts.workers).fill(undefined);
  const crashes: number[] = [];
  const listening = new Set<number>();
  let ready = false;
  let stopping: { code: number } | null = null;
  let finish: (code: number) => void = () => {};
  const done = new Promise<number>((resolve) => (finish = resolve));

  const live = () => slots.filter((w): w is Worker => w !== undefined);

  function fork(slot: number): void {
    const worker = cluster.fork({ [SLOT_ENV]: String(slot) });
    slots[slot] = worker;
    worker.on('listening', (address) => {
      log.debug({ worker: worker.process.pid, slot }, 'worker listening');
      listening.add(slot);
      if (!ready && listening.size === opts.workers) {
        ready = true;
        opts.onReady({ address: address.address ?? '', port: address.port });
      }
    });
    worker.on('exit', (code, signal) => {
      if (slots[slot] === worker) slots[slot] = undefined;
      if (stopping) {
        if (live().length === 0) finish(stopping.code);
        return;
      }
      onDeath(slot, worker.process.pid, code, signal);
    });
  }

  function onDeath(slot: number, pid: number | undefined, code: number | null, signal: string | null): void {
    const now = Date.now();
    crashes.push(now);
    while (crashes.length > 0 && crashes[0]! < now - CRASH_WINDOW_MS) crashes.shift();
    if (code === EXIT_CONFIG) {
      log.fatal({ worker: pid, code }, 'a worker refused the configuration; stopping');
      shutdown(EXIT_CONFIG);
      return;
    }
    if (crashes.length > MAX_CRASHES) {
      log.fatal(
        { worker: pid, code, signal, deaths: crashes.length },
        `workers keep stopping (${crashes.length} in the last minute); giving up`,
      );
      shutdown(1);
      return;
    }
    const delay = restartDelay(crashes.length);
    log.error({ worker: pid, code, signal, slot, restartInMs: delay }, 'a worker stopped unexpectedly; starting a replacement');
    setTimeout(() => {
      if (!stopping) fork(slot);
    }, delay);
  }

  function shutdown(code: number): void {
    if (stopping) return;
    stopping = { code };
    const workers = live();
    log.info({ workers: workers.length }, 'shutting down: letting the workers finish their requests');
    if (workers.length === 0) {
      finish(code);
      return;
    }
    for (const w of workers) if (w.isConnected()) w.send(SHUTDOWN_MESSAGE);
    // A worker that cannot finish within its own grace period exits 1 by itself; this is the backstop.
    setTimeout(() => {
      const left = live();
      if (left.length === 0) return;
      log.error({ workers: left.map((w) => w.process.pid) }, 'workers did not stop in time; killing them');
      stopping = { code: 1 };
      for (const w of left) w.process.kill('SIGKILL');
    }, opts.graceMs + 5_000).unref();
  }

  // Ctrl-C in a terminal also signals the workers themselves; they are already closing then.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => shutdown(0));

  log.info({ workers: opts.workers }, `starting ${opts.workers} workers`);
  for (let slot = 0; slot < opts.workers; slot++) fork(slot);
  return done;
}

/** In a worker: call `close` when the primary asks for a graceful shutdown. */
export function onShutdownRequest(close: () => void): void {
  process.on('message', (message) => {
    if (message === SHUTDOWN_MESSAGE) close();
  });
}
