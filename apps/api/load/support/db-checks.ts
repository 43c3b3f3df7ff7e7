/**
 * Counting afterwards, in the database itself: every entry a client was told about exists exactly
 * once and as told (including the acknowledged update); no entry exists that no client was told
 * about; no Idempotency-Key has two rows; no timer is left running; stopped entries are whole.
 */
import pg from 'pg';
import type { Ledger } from './workload.js';

export interface DbCount {
  rows: number;
  acked: number;
  problems: string[];
}

interface Row {
  id: number;
  user_id: number;
  idempotency_key: string | null;
  notes: string;
  billable: boolean;
  running: boolean;
  whole: boolean;
}

export async function countAndCompare(databaseUrl: string, userIds: number[], ledger: Ledger): Promise<DbCount> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<Row>(
      `SELECT id, user_id, idempotency_key, notes, billable, end_time IS NULL AS running,
              (end_time IS NULL AND duration_seconds IS NULL) OR
              (end_time > start_time AND duration_seconds = extract(epoch FROM end_time - start_time)::integer) AS whole
         FROM time_entries WHERE user_id = ANY($1::int[])`,
      [userIds],
    );
    const duplicateKeys = await client.query<{ user_id: number; idempotency_key: string; n: string }>(
      `SELECT user_id, idempotency_key, count(*) AS n FROM time_entries
        WHERE user_id = ANY($1::int[]) AND idempotency_key IS NOT NULL GROUP BY 1, 2 HAVING count(*) > 1`,
      [userIds],
    );

    const problems: string[] = [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    let lost = 0;
    for (const a of ledger.acked.values()) {
      const row = byId.get(a.id);
      if (!row) {
        if (lost++ < 5) problems.push(`lost: entry ${a.id} (user ${a.userId}, key ${a.key}) was acknowledged but is not in the database`);
        continue;
      }
      if (row.user_id !== a.userId) problems.push(`entry ${a.id} belongs to user ${row.user_id}, acknowledged to user ${a.userId}`);
      if (a.key !== null && (row.idempotency_key !== `${a.userId}:${a.key}` || row.notes !== a.key)) {
        problems.push(`entry ${a.id} holds key ${row.idempotency_key} / notes ${row.notes}, acknowledged for key ${a.key}`);
      }
      // Logged entries were all updated to non-billable (the clients repeat unanswered updates); timer entries never.
      const wantBillable = a.key === null;
      if (row.billable !== wantBillable || (a.key !== null && !a.updated)) {
        problems.push(`entry ${a.id} (key ${a.key}) has billable ${row.billable}, update acknowledged: ${Boolean(a.updated)}`);
      }
    }
    if (lost > 0) problems.push(`${lost} acknowledged entr${lost === 1 ? 'y is' : 'ies are'} missing`);
    const unacked = rows.filter((r) => !ledger.acked.has(r.id));
    if (unacked.length > 0)
      problems.push(
        `${unacked.length} entr${unacked.length === 1 ? 'y exists' : 'ies exist'} that no client was told about (duplicates or half-done writes), e.g. ${JSON.stringify(unacked.slice(0, 3))}`,
      );
    if (duplicateKeys.rows.length > 0)
      problems.push(
        `${duplicateKeys.rows.length} Idempotency-Key(s) have more than one entry, e.g. ${JSON.stringify(duplicateKeys.rows.slice(0, 3))}`,
      );
    const running = rows.filter((r) => r.running);
    if (running.length > 0)
      problems.push(
        `${running.length} timer(s) still running after every client stopped its own, e.g. ${JSON.stringify(running.slice(0, 3))}`,
      );
    const broken = rows.filter((r) => !r.whole);
    if (broken.length > 0)
      problems.push(
        `${broken.length} entr${broken.length === 1 ? 'y is' : 'ies are'} not whole (end/duration disagree), e.g. ${JSON.stringify(broken.slice(0, 3))}`,
      );
    return { rows: rows.length, acked: ledger.acked.size, problems };
  } finally {
    await client.end();
  }
}

export function describeCount(count: DbCount, ledger: Ledger): string {
  return `database: ${count.rows} time entries for the load users · acknowledged ${count.acked} (${ledger.creates} logged, ${ledger.replays} replays, ${ledger.updates} updates, ${ledger.timers} timer runs) · ${count.problems.length === 0 ? 'all present once, none extra, no duplicate keys, no running timers' : `${count.problems.length} problem(s)`}`;
}
