/**
 * The process: configuration, the app, listening, graceful shutdown.
 */
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { ConfigError, EXIT_CONFIG, loadConfig, type Config } from './config/index.js';

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

  const app = await buildApp({ config });
  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'shutting down after an error');
    else app.log.info({ signal }, 'shutting down');
    await app.close();
  });

  await app.listen({ port: config.port, host: config.host });
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  app.log.info(
    { database: app.dbHandle.kind, dataDir: config.databaseUrl ? undefined : config.dataDir },
    `Timekeeper is running on http://${shownHost}:${port} (API docs: /api/docs)`,
  );
  if (config.secretGenerated) app.log.info('TK_SECRET not set: using the secret generated in the data dir');
}

main().catch((err) => {
  console.error('Timekeeper failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
