/**
 * Migrations that rewrite data, on PGlite and PostgreSQL: each is applied to a database migrated
 * up to the one before it and holding the rows it rewrites.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, expect, it } from 'vitest';
import { createDb, type DbHandle, type DbKind } from '../src/db/client.js';
import { describeEachDb } from './helpers/app.js';
import { createPostgresDatabase, migrationsDir } from './helpers/db.js';

interface Journal {
  entries: { idx: number; tag: string }[];
}

/** A copy of the migrations folder that ends with migration `last` (its journal cut there). */
function migrationsUpTo(last: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'tk-migrations-'));
  cpSync(migrationsDir, dir, { recursive: true });
  const journalPath = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as Journal;
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.filter((e) => e.idx <= last) }));
  return dir;
}

/** An empty database of the kind, not migrated, and how to be rid of it. */
async function emptyDb(kind: DbKind): Promise<{ handle: DbHandle; close(): Promise<void> }> {
  if (kind === 'pglite') {
    const handle = await createDb({ kind: 'pglite' });
    return { handle, close: () => handle.close() };
  }
  const database = await createPostgresDatabase();
  const handle = await createDb({ kind: 'postgres', url: database.url, poolSize: 2 });
  return {
    handle,
    async close() {
      await handle.close();
      await database.drop();
    },
  };
}

describeEachDb('data migrations', (kind) => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it(
    '0011 marks the entries started with the timer — those with a timer.start audit row — as from_timer',
    { timeout: 60_000 },
    async () => {
      const db = await emptyDb(kind);
      try {
        const before = migrationsUpTo(10);
        dirs.push(before);
        await db.handle.migrate(before);
        const run = (query: ReturnType<typeof sql>) => db.handle.db.execute(query);
        const rows = async (query: ReturnType<typeof sql>) => ((await run(query)) as unknown as { rows: Record<string, unknown>[] }).rows;
        const [user] = await rows(sql`insert into users (email, name, password_hash) values ('t@example.com', 'T', 'x') returning id`);
        const [project] = await rows(sql`insert into projects (name) values ('P') returning id`);
        const entry = async (hour: number) => {
          const [row] = await rows(sql`insert into time_entries (user_id, project_id, start_time, end_time, duration_seconds)
          values (${user!.id}, ${project!.id}, ${`2026-03-02T0${hour}:00:00Z`}, ${`2026-03-02T0${hour + 1}:00:00Z`}, 3600) returning id`);
          return Number(row!.id);
        };
        const [timer, manual] = [await entry(1), await entry(3)];
        await run(sql`insert into audit_logs (via, action, target_type, target_id) values
        ('session', 'timer.start', 'time_entry', ${String(timer)}),
        ('session', 'time_entry.create', 'time_entry', ${String(manual)}),
        ('session', 'timer.start', 'project', 'not-a-number')`);

        await db.handle.migrate(migrationsDir);
        const marked = await rows(sql`select id, from_timer from time_entries order by id`);
        expect(marked.map((r) => [Number(r.id), r.from_timer])).toEqual([
          [timer, true],
          [manual, false],
        ]);
      } finally {
        await db.close();
      }
    },
  );
});
