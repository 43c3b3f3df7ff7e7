/**
 * `pnpm cli <command>`: administration commands run against the configured database.
 * Each command lives in src/cli/; this file only dispatches.
 */
import { ConfigError, EXIT_CONFIG, loadConfig } from './config/index.js';
import { createDb } from './db/client.js';

interface Command {
  summary: string;
  run(args: string[]): Promise<number>;
}

const commands: Record<string, Command> = {
  migrate: {
    summary: 'Apply pending database migrations (the server also does this at start)',
    async run() {
      const config = loadConfig();
      const db = await createDb(config.databaseUrl ? { kind: 'postgres', url: config.databaseUrl } : { kind: 'pglite', dataDir: config.dataDir });
      try {
        await db.migrate(config.migrationsDir);
        console.log(`Migrations applied (${db.kind}).`);
        return 0;
      } finally {
        await db.close();
      }
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
    console.error(err instanceof Error ? err.message : err);
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code));
