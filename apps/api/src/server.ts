/**
 * The process: configuration, the app, listening, graceful shutdown. With TK_WORKERS > 1 on
 * PostgreSQL this process becomes the cluster's primary (cluster.ts) and each worker runs this
 * file again to serve.
 */
import closeWithGrace from 'close-with-grace';
import Fastify from 'fastify';
import { buildApp, loggerOptions } from './app.js';
import { isClusterWorker, onShutdownRequest, runPrimary } from './cluster.js';
import { ConfigError, EXIT_CONFIG, loadConfig, type Config } from './config/index.js';

/** How long in-flight requests get to finish after SIGTERM. */
const GRACE_MS = 10_000;

function shownUrl(config: Config, port: number): string {
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return `http://${shownHost}:${port}`;
}

async function serve(config: Config): Promise<void> {
  const app = await buildApp({ config });
  let closing = false;
  const grace = closeWithGrace({ delay: GRACE_MS }, async ({ signal, err }) => {
    closing = true;
    if (err) app.log.error({ err }, 'shutting down after an error');
    else app.log.info({ signal: signal ?? 'primary' }, 'shutting down');
    await app.close();
  });
  // The primary asks by message; Ctrl-C may already have signalled this worker directly.
  if (isClusterWorker())
    onShutdownRequest(() => {
      if (!closing) void grace.close();
    });

  await app.listen({ port: config.port, host: config.host });
  if (isClusterWorker()) {
    app.log.debug({ pid: process.pid }, 'worker ready');
    return;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  if (config.workers > 1) {
    app.log.warn(
      { workers: 1, requested: config.workers },
      `TK_WORKERS asks for ${config.workers} workers, but the embedded database runs in one process: serving with one (set DATABASE_URL to use several)`,
    );
  }
  app.log.info(
    { database: app.dbHandle.kind, dataDir: config.databaseUrl ? undefined : config.dataDir },
    `Timekeeper is running on ${shownUrl(config, port)} (API docs: /api/docs)`,
  );
  if (config.secretGenerated) app.log.info('TK_SECRET not set: using the secret generated in the data dir');
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(EXIT_CONFIG);
    }
    throw err;
  }

  if (isClusterWorker() || config.workers === 1 || config.databaseUrl === null) return serve(config);

  const log = Fastify({ logger: loggerOptions(config) }).log.child({ role: 'primary' });
  const code = await runPrimary({
    workers: config.workers,
    log,
    graceMs: GRACE_MS,
    onReady: ({ port }) => {
      log.info(
        { database: 'postgres', workers: config.workers },
        `Timekeeper is running on ${shownUrl(config, port)} (API docs: /api/docs)`,
      );
      if (config.secretGenerated) log.info('TK_SECRET not set: using the secret generated in the data dir');
    },
  });
  log.info({ code }, 'every worker has stopped');
  process.exit(code);
}

main().catch((err) => {
  console.error('Timekeeper failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
