/**
 * `pnpm cli <command>`: administration commands run against the configured database.
 * Each command lives in src/cli/; this file only dispatches.
 */
import { parseArgs } from 'node:util';
import { ConfigError, EXIT_CONFIG, loadConfig } from './config/index.js';
import { createDb, type DbHandle } from './db/client.js';
import { systemActor } from './lib/actor.js';
import { AppError } from './lib/errors.js';
import { demoLoginsText, seedDemo } from './demo/demo-seed.js';
import { formatReport, syncCatalog } from './modules/roles/catalog-sync.js';
import { createUser } from './modules/users/users.service.js';

interface Command {
  summary: string;
  run(args: string[]): Promise<number>;
}

/** Opens the configured database, applies migrations, runs `fn`, closes. */
async function withDb(fn: (db: DbHandle) => Promise<number>): Promise<number> {
  const config = loadConfig();
  const db = await createDb(
    config.databaseUrl ? { kind: 'postgres', url: config.databaseUrl } : { kind: 'pglite', dataDir: config.dataDir },
  );
  try {
    await db.migrate(config.migrationsDir);
    return await fn(db);
  } finally {
    await db.close();
  }
}

const cliActor = () => systemActor('cli');

const commands: Record<string, Command> = {
  migrate: {
    summary: 'Apply pending database migrations (the server also does this at start)',
    run: () =>
      withDb(async (db) => {
        console.log(`Migrations applied (${db.kind}).`);
        return 0;
      }),
  },
  'seed-permissions': {
    summary: 'Create the permission catalog and system roles; turn legacy users.role values into role assignments',
    run: () =>
      withDb(async (db) => {
        console.log(formatReport(await syncCatalog(db.db, { migrateLegacy: true, via: 'cli' })));
        return 0;
      }),
  },
  'update-permissions': {
    summary: 'Sync the permission catalog and system role definitions (never touches user assignments)',
    run: () =>
      withDb(async (db) => {
        console.log(formatReport(await syncCatalog(db.db, { migrateLegacy: false, via: 'cli' })));
        return 0;
      }),
  },
  'demo:seed': {
    summary: 'Create the demo organisation (users for every role, clients, projects, three months of entries) once',
    run: () =>
      withDb(async (db) => {
        await syncCatalog(db.db, { migrateLegacy: false, via: 'cli' });
        const summary = await seedDemo(db.db);
        console.log(
          summary.seeded
            ? `Demo organisation created: ${summary.users} users, ${summary.projects} projects, ${summary.timeEntries} time entries, ${summary.expenses} expenses.`
            : 'The demo organisation exists already; nothing changed.',
        );
        console.log(demoLoginsText());
        return 0;
      }),
  },
  'users:create': {
    summary: 'Create a user: --email --name --password [--role <name>] (repeat --role for several)',
    async run(args) {
      const { values } = parseArgs({
        args,
        options: {
          email: { type: 'string' },
          name: { type: 'string' },
          password: { type: 'string' },
          role: { type: 'string', multiple: true },
        },
        strict: true,
      });
      const missing = (['email', 'name', 'password'] as const).filter((k) => !values[k]);
      if (missing.length > 0) {
        console.error(`Missing ${missing.map((m) => `--${m}`).join(', ')}`);
        return 2;
      }
      if (values.password!.length < 10) {
        console.error('--password must be at least 10 characters long');
        return 2;
      }
      return withDb(async (db) => {
        await syncCatalog(db.db, { migrateLegacy: false, via: 'cli' });
        const roles = (values.role ?? ['user']).map((role) => ({ role }));
        const user = await createUser(db.db, cliActor(), { email: values.email!, name: values.name!, password: values.password!, roles });
        console.log(
          `Created user #${user.id} ${user.email} with role${user.roles.length === 1 ? '' : 's'} ${user.roles.map((r) => r.name).join(', ')}.`,
        );
        return 0;
      });
    },
  },
};

function help(): void {
  console.log('Usage: pnpm cli <command> [options]\n\nCommands:');
  for (const [name, c] of Object.entries(commands)) console.log(`  ${name.padEnd(22)} ${c.summary}`);
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    help();
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    console.error(`Unknown command "${name}".`);
    help();
    return 2;
  }
  try {
    return await command.run(args);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      return EXIT_CONFIG;
    }
    if (err instanceof AppError) {
      const fields = (err.extra.errors as { path: string; message: string }[] | undefined)
        ?.map((e) => `  ${e.path}: ${e.message}`)
        .join('\n');
      console.error(`${err.message}${fields ? `\n${fields}` : ''}`);
      return 1;
    }
    console.error(err instanceof Error ? err.message : err);
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code));
