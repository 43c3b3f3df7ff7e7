/**
 * What the benchmark asks of the server. Each scenario gives every connection its own request
 * list (its own person, session or token), cycled for the scenario's duration.
 *
 * - load scenarios run CONNECTIONS connections: throughput, and latency under that load;
 * - one-connection scenarios: the time one person waits on an otherwise idle server and what
 *   their request costs, which is what the authn + authz share target is checked against (under
 *   saturation every phase also waits for the other requests' work); the p95 targets are checked
 *   under load (docs/reports/benchmark.md).
 */
import { call } from './api.mjs';
import { MONTHS } from './seed.mjs';

const V1 = '/api/v1';
const json = { 'content-type': 'application/json' };

const asSession = (p) => ({ cookie: p.session.cookie });
const asToken = (p) => ({ authorization: `Bearer ${p.token}` });

function monthOfEntries(person, month) {
  return {
    method: 'GET',
    path: `${V1}/time-entries?user_id=${person.userId}&start_date=${month.start}&end_date=${month.end}&per_page=100`,
    headers: asToken(person),
  };
}

function monthReport(adminToken, month) {
  return {
    method: 'GET',
    path: `${V1}/reports/summary?start_date=${month.start}&end_date=${month.end}&group_by=user`,
    headers: { authorization: `Bearer ${adminToken}` },
  };
}

function timerPair(p) {
  return [
    { method: 'POST', path: `${V1}/timer/start`, headers: { ...asToken(p), ...json }, body: JSON.stringify({ project_id: p.projectId }) },
    { method: 'POST', path: `${V1}/timer/stop`, headers: asToken(p) },
  ];
}

/** people: signed-in people with a token each; admin: the administrator's report token. */
export function scenarios({ baseUrl, people, adminToken, connections }) {
  const person = (i) => people[i % people.length];
  // A run can end between start and stop: every run begins with no timer running.
  const stopAllTimers = () => Promise.all(people.map((p) => call(baseUrl, 'POST', `${V1}/timer/stop`, { token: p.token })));
  // A latency probe walks through people and months in turn, one request at a time.
  const everyPersonMonth = people.flatMap((p, i) => MONTHS.map((_, m) => monthOfEntries(p, MONTHS[(i + m) % MONTHS.length])));
  return [
    { key: 'health', title: 'GET /health', connections, requestsFor: () => [{ method: 'GET', path: `${V1}/health` }] },
    {
      key: 'permissions_session',
      title: 'GET /users/me/permissions (session)',
      connections,
      authorized: true,
      requestsFor: (i) => [{ method: 'GET', path: `${V1}/users/me/permissions`, headers: asSession(person(i)) }],
    },
    {
      key: 'permissions_token',
      title: 'GET /users/me/permissions (token)',
      connections,
      authorized: true,
      requestsFor: (i) => [{ method: 'GET', path: `${V1}/users/me/permissions`, headers: asToken(person(i)) }],
    },
    {
      key: 'month_entries',
      title: "a person's month of time entries",
      connections,
      authorized: true,
      typical: true,
      target: { metric: 'p95', max: 25 },
      requestsFor: (i) => MONTHS.map((m) => monthOfEntries(person(i), m)),
    },
    {
      key: 'month_report',
      title: 'month summary report, all users',
      connections,
      authorized: true,
      typical: true,
      target: { metric: 'p95', max: 250 },
      requestsFor: (i) => MONTHS.map((_, m) => monthReport(adminToken, MONTHS[(i + m) % MONTHS.length])),
    },
    {
      key: 'timer',
      title: 'timer start + stop (write)',
      connections,
      authorized: true,
      typical: true,
      before: stopAllTimers,
      requestsFor: (i) => timerPair(person(i)),
    },
    {
      key: 'month_entries_1',
      title: "a person's month of time entries, 1 connection",
      connections: 1,
      authorized: true,
      typical: true,
      requestsFor: () => everyPersonMonth,
    },
    {
      key: 'month_report_1',
      title: 'month summary report, all users, 1 connection',
      connections: 1,
      authorized: true,
      typical: true,
      requestsFor: () => MONTHS.map((m) => monthReport(adminToken, m)),
    },
    {
      key: 'timer_1',
      title: 'timer start + stop (write), 1 connection',
      connections: 1,
      authorized: true,
      typical: true,
      before: stopAllTimers,
      requestsFor: () => timerPair(person(0)),
    },
  ];
}
