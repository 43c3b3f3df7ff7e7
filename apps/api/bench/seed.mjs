/**
 * The benchmark's organisation, made with set-based SQL (generate_series) in a few statements:
 *
 * - USERS people sharing the administrator's password hash (so any of them can sign in without
 *   hashing a thousand passwords); every 20th is a manager, the rest have the `user` role;
 * - CLIENTS clients and PROJECTS projects in EUR with an hourly rate;
 * - each person takes part in PROJECTS_PER_USER projects at the edit_time_and_expenses level;
 * - ENTRIES finished time entries: per person, ENTRIES / USERS entries spread evenly over YEAR,
 *   up to three a day (08:00, 11:00, 14:00 plus 0–59 min, 30 min–2 h long), on their projects;
 *   and their monthly rollup (time_entry_months).
 *
 * Ids are contiguous within one INSERT, so entries find their user and project by arithmetic.
 */
export const SIZES = { users: 1_000, clients: 50, projects: 500, projectsPerUser: 5, entries: 1_000_000 };
export const YEAR = 2025;
/** The month every "month" scenario reads (entries per person and month ≈ ENTRIES / USERS / 12). */
export const MONTHS = Array.from({ length: 12 }, (_, i) => {
  const m = String(i + 1).padStart(2, '0');
  const last = new Date(Date.UTC(YEAR, i + 1, 0)).getUTCDate();
  return { start: `${YEAR}-${m}-01`, end: `${YEAR}-${m}-${last}` };
});

async function one(client, sql, params = []) {
  const res = await client.query(sql, params);
  return res.rows[0];
}

/** Seeds the database (`sizes`: SIZES unless a smaller run asks otherwise); returns the ids the scenarios need and how long each step took. */
export async function seed(client, adminEmail, sizes = SIZES) {
  const steps = [];
  const step = async (label, sql, params) => {
    const t0 = performance.now();
    const res = await client.query(sql, params);
    steps.push({ label, rows: res.rowCount ?? 0, ms: performance.now() - t0 });
    return res;
  };
  await client.query('SET synchronous_commit = off');
  const { password_hash: hash } = await one(client, 'SELECT password_hash FROM users WHERE lower(email) = lower($1)', [adminEmail]);
  const { users: U, clients: C, projects: P, projectsPerUser: K, entries: E } = sizes;

  await step(
    'users',
    `INSERT INTO users (email, name, password_hash, password_changed_at)
     SELECT 'person-' || i || '@bench.test', 'Bench Person ' || i, $1, now() FROM generate_series(0, $2::int - 1) AS i`,
    [hash, U],
  );
  const { first_user: u0 } = await one(client, "SELECT min(id) AS first_user FROM users WHERE email LIKE 'person-%@bench.test'");
  await step(
    'role assignments',
    `INSERT INTO user_roles (user_id, role_id)
     SELECT $1::int + i, (SELECT id FROM roles WHERE name = CASE WHEN i % 20 = 0 THEN 'manager' ELSE 'user' END)
     FROM generate_series(0, $2::int - 1) AS i`,
    [u0, U],
  );
  await step('clients', `INSERT INTO clients (name) SELECT 'Client ' || i FROM generate_series(0, $1::int - 1) AS i`, [C]);
  const { first_client: c0 } = await one(client, 'SELECT min(id) AS first_client FROM clients');
  await step(
    'projects',
    `INSERT INTO projects (name, client_id, billable, hourly_rate, cost_rate, currency)
     SELECT 'Project ' || i, $1::int + i % $2::int, i % 10 <> 0, 60 + i % 90, 40, 'EUR' FROM generate_series(0, $3::int - 1) AS i`,
    [c0, C, P],
  );
  const { first_project: p0 } = await one(client, 'SELECT min(id) AS first_project FROM projects');
  // Person u works on projects (7u + 101k) mod P, k < K: five distinct projects for P = 500.
  await step(
    'participations',
    `INSERT INTO participations (project_id, user_id, level)
     SELECT $1::int + (u * 7 + k * 101) % $2::int, $3::int + u, 'edit_time_and_expenses'
     FROM generate_series(0, $4::int - 1) AS u, generate_series(0, $5::int - 1) AS k`,
    [p0, P, u0, U, K],
  );
  // A bulk load: the rollup's row trigger is off while the entries go in and the rollup is built
  // from them in one pass afterwards, as migration 0009 built it (test/report-rollup.test.ts
  // checks the trigger against the same aggregate).
  await client.query('ALTER TABLE time_entries DISABLE TRIGGER time_entry_months_track');
  await step(
    'time entries',
    `INSERT INTO time_entries (user_id, project_id, start_time, end_time, duration_seconds, billable, notes)
     SELECT $1::int + u, $2::int + (u * 7 + (j % $3::int) * 101) % $4::int, s, s + make_interval(secs => d), d, (u + j) % 5 <> 0, ''
     FROM generate_series(0, $5::int - 1) AS i
     CROSS JOIN LATERAL (SELECT i % $6::int AS u, i / $6::int AS j) AS x
     CROSS JOIN LATERAL (
       SELECT make_timestamptz($7::int, 1, 1, 8, 0, 0, 'UTC')
                + make_interval(days => (j * 365 / ($5::int / $6::int))::int, hours => (j % 3) * 3, mins => (i * 13) % 60) AS s,
              1800 + (i * 37) % 5400 AS d
     ) AS t`,
    [u0, p0, K, P, E, U, YEAR],
  );
  await client.query('ALTER TABLE time_entries ENABLE TRIGGER time_entry_months_track');
  await step(
    'time entry months (rollup)',
    `INSERT INTO time_entry_months (month, user_id, project_id, billable, seconds, entries)
     SELECT date_trunc('month', start_time AT TIME ZONE 'UTC')::date, user_id, project_id, billable, sum(duration_seconds), count(*)
     FROM time_entries WHERE end_time IS NOT NULL GROUP BY 1, 2, 3, 4`,
  );
  // Sessions and tokens loaded before the seed stay valid; the bump only makes every instance
  // forget what it cached about the (empty) organisation.
  await step('authz version bump', 'UPDATE authz_state SET version = version + 1 WHERE id = 1');
  // VACUUM too: autovacuum would otherwise visit the million new rows while the scenarios run, and
  // measure itself into them.
  await step('VACUUM (ANALYZE)', 'VACUUM (ANALYZE)');
  return { firstUserId: u0, firstProjectId: p0, steps };
}
