/**
 * buildApp(opts): the whole application, without listening. Tests call it with their own
 * database handle; server.ts calls it with the configured one. Resolves only once every plugin
 * and route is ready — and rejects when any route lacks an access declaration.
 */
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Config } from './config/index.js';
import { createDb, type Db, type DbHandle } from './db/client.js';
import type { ListenOptions } from './db/listener.js';
import { validatorCompiler } from './lib/validation.js';
import { serializerCompiler } from './lib/response-serializer.js';
import accessPlugin from './plugins/access.js';
import authPlugin from './plugins/auth.js';
import errorsPlugin from './plugins/errors.js';
import openapiPlugin from './plugins/openapi.js';
import refusalAuditPlugin, { type RefusalAuditOptions } from './plugins/refusal-audit.js';
import securityHeadersPlugin from './plugins/security-headers.js';
import serverTimingPlugin from './plugins/server-timing.js';
import webPlugin from './plugins/web.js';
import { installTokenResolver } from './kernel/auth/token-resolver.js';
import { registerRoutes } from './routes.js';
import { runStartupTasks } from './startup.js';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    dbHandle: DbHandle;
    db: Db;
  }
}

export interface BuildOptions {
  config: Config;
  /** A ready database handle (tests). Without it, one is created from the config and closed with the app. */
  db?: DbHandle;
  /** Run pending migrations before serving (default true). */
  migrate?: boolean;
  logger?: FastifyServerOptions['logger'];
  /** How refused requests are aggregated for the audit log (window and cap; plugins/refusal-audit.ts). */
  refusalAudit?: RefusalAuditOptions;
  /** Reconnection timing of the authorization listener on PostgreSQL (kernel/auth/authz-cache.ts). */
  authzListener?: ListenOptions;
  /** Extra plugins registered after the API routes (tests use this to add routes). */
  plugins?: ((app: FastifyInstance) => Promise<void>)[];
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** pino-pretty for a person at a terminal in development; JSON lines everywhere else. */
function prettyTransport(config: Config): { target: string } | undefined {
  if (!process.stdout.isTTY || config.nodeEnv === 'production' || config.nodeEnv === 'test') return undefined;
  try {
    return { target: createRequire(import.meta.url).resolve('pino-pretty') };
  } catch {
    return undefined; // not installed (production image): plain JSON
  }
}

export function loggerOptions(config: Config): FastifyServerOptions['logger'] {
  const transport = prettyTransport(config);
  return {
    level: config.logLevel,
    ...(transport ? { transport } : {}),
    // Credentials never reach the log, whatever a serializer is later changed to print.
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["x-api-key"]',
        'req.headers["x-csrf-token"]',
        'password',
        '*.password',
        'token',
        '*.token',
      ],
      censor: '[redacted]',
    },
  };
}

export async function buildApp(opts: BuildOptions): Promise<FastifyInstance> {
  const { config } = opts;
  const ownsDb = opts.db === undefined;
  const dbHandle =
    opts.db ??
    (await createDb(
      config.databaseUrl
        ? { kind: 'postgres', url: config.databaseUrl, poolSize: config.dbPoolSize }
        : { kind: 'pglite', dataDir: config.dataDir },
    ));

  const app = Fastify({
    logger: opts.logger ?? loggerOptions(config),
    trustProxy: config.trustProxy as boolean,
    bodyLimit: 1024 * 1024,
    requestIdHeader: false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<TypeBoxTypeProvider>();

  try {
    if (opts.migrate !== false) await dbHandle.migrate(config.migrationsDir);

    app.decorate('config', config);
    app.decorate('dbHandle', dbHandle);
    app.decorate('db', dbHandle.db);
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    // First, so its clock starts before any other hook runs.
    await app.register(serverTimingPlugin);
    // TK_WORKER_HEADER (diagnostic, off by default): which process answered, for sizing and the tests
    // that send requests through two workers (docs/admin/deployment).
    const worker = config.workerHeader ? String(process.pid) : null;
    app.addHook('onRequest', async (request, reply) => {
      reply.header('X-Request-Id', request.id);
      if (worker) reply.header('X-Timekeeper-Worker', worker);
    });
    // Before access and errors, so refusals and the not-found answer carry the headers too.
    await app.register(securityHeadersPlugin);
    // A write sent without a body is an empty object: optional bodies stay optional, and routes
    // with required fields answer with field errors instead of "body must be object".
    app.addHook('preValidation', async (request) => {
      if (request.body === undefined && (request.method === 'POST' || request.method === 'PUT' || request.method === 'PATCH'))
        request.body = {};
    });
    if (ownsDb) app.addHook('onClose', async () => dbHandle.close());

    await app.register(errorsPlugin);
    // Cookies are parsed in an onRequest hook, which must run before the access hook reads them.
    await app.register(fastifyCookie);
    await app.register(accessPlugin);
    await app.register(refusalAuditPlugin, opts.refusalAudit ?? {});
    await app.register(authPlugin, { listener: opts.authzListener });
    await installTokenResolver(app);
    await app.register(openapiPlugin);
    await registerRoutes(app);
    for (const plugin of opts.plugins ?? []) await app.register(plugin);
    await app.register(webPlugin, { webDir: config.webDir });

    await app.ready();
    await runStartupTasks(app);
    return app;
  } catch (err) {
    await app.close().catch(() => {});
    if (ownsDb) await dbHandle.close().catch(() => {});
    throw err;
  }
}
