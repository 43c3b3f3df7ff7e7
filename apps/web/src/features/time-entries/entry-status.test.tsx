import { SYSTEM_ROLES, type Permission, type ProjectAction } from '@timekeeper/shared';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { API, projectAccessBody, routes, signedIn, testUser, ACME_PROJECT, projectsRoute } from '@test/fake-api';
import { renderApp, WAIT } from '@test/render-app';
import type { TimeEntry } from './api/types';
import { setupTestApiServer } from '@test/setup-test-api-server';

const server = setupTestApiServer();
const PROJECT = ACME_PROJECT;

function entry(id: number, notes: string, state: Pick<TimeEntry, 'approval_status' | 'invoice_id'>): TimeEntry {
  const day = `2026-03-0${id}`;
  return {
    id,
    user_id: testUser.id,
    user: { id: testUser.id, name: testUser.name },
    project_id: PROJECT.id,
    task_id: null,
    start_time: `${day}T09:00:00.000Z`,
    end_time: `${day}T10:00:00.000Z`,
    duration_seconds: 3600,
    billable: true,
    notes,
    ...state,
    created_at: `${day}T10:00:00.000Z`,
    updated_at: `${day}T10:00:00.000Z`,
  };
}

describe('time entries: approval and billing state', { timeout: 20_000 }, () => {
  it('shows each entry’s state and offers "Request approval" only where a request can be made', async () => {
    const entries = [
      entry(1, 'never submitted', { approval_status: null, invoice_id: null }),
      entry(2, 'waiting', { approval_status: 'pending', invoice_id: null }),
      entry(3, 'rejected once', { approval_status: 'rejected', invoice_id: null }),
      entry(4, 'approved', { approval_status: 'approved', invoice_id: null }),
      entry(5, 'billed', { approval_status: null, invoice_id: 12 }),
    ];
    server.respondWith(
      routes({
        ...signedIn([...SYSTEM_ROLES.user.permissions]),
        ...projectsRoute(),
        [`GET ${API}/time-entries`]: () => [
          200,
          { time_entries: entries, pagination: { page: 1, per_page: 50, total: entries.length, pages: 1 } },
        ],
      }),
    );
    renderApp('/time-entries');

    const table = await screen.findByRole('table', { name: 'Time entries' }, WAIT);
    await within(table).findByText('never submitted', undefined, WAIT);
    const row = (notes: string) => within(table).getByText(notes).closest('tr')!;
    const state = (notes: string) => ({
      status: within(row(notes)).queryByText(/Awaiting approval|Approved|Rejected|Invoiced/)?.textContent ?? null,
      canRequest: within(row(notes)).queryByRole('button', { name: /Request approval/ }) !== null,
    });
    expect(state('never submitted')).toEqual({ status: null, canRequest: true });
    expect(state('waiting')).toEqual({ status: 'Awaiting approval', canRequest: false });
    expect(state('rejected once')).toEqual({ status: 'Rejected', canRequest: true });
    expect(state('approved')).toEqual({ status: 'Approved', canRequest: false });
    expect(state('billed')).toEqual({ status: 'Invoiced', canRequest: false });
  });
});

/** The list of `entries` for someone holding `permissions`, with `actions` on the project; invoice 12 is INV-0012. */
function serveLockedEntries(entries: TimeEntry[], permissions: Permission[], actions: ProjectAction[]) {
  server.respondWith(
    routes({
      ...signedIn(permissions),
      ...projectsRoute(),
      [`GET ${API}/projects/${PROJECT.id}/access`]: () => [
        200,
        projectAccessBody(PROJECT.id, {
          level: 'edit_time_and_expenses',
          access_level: 'time_logging',
          permissions_label: 'edit',
          actions,
        }),
      ],
      [`GET ${API}/time-entries`]: () => [
        200,
        { time_entries: entries, pagination: { page: 1, per_page: 50, total: entries.length, pages: 1 } },
      ],
      [`GET ${API}/invoices/12`]: () => [200, { id: 12, number: 'INV-0012' }],
    }),
  );
}

const LOCKED_ENTRIES = [
  entry(1, 'open', { approval_status: null, invoice_id: null }),
  entry(2, 'waiting', { approval_status: 'pending', invoice_id: null }),
  entry(3, 'rejected once', { approval_status: 'rejected', invoice_id: null }),
  entry(4, 'approved', { approval_status: 'approved', invoice_id: null }),
  entry(5, 'billed', { approval_status: 'approved', invoice_id: 12 }),
];

async function rowsOf() {
  const table = await screen.findByRole('table', { name: 'Time entries' }, WAIT);
  await within(table).findByText('open', undefined, WAIT);
  await within(table).findAllByRole('button', { name: /^Edit time entry/ }, WAIT);
  const row = (notes: string) => within(table).getByText(notes).closest('tr')!;
  return (notes: string) => ({
    edit: within(row(notes)).queryByRole('button', { name: /^Edit / }) !== null,
    remove: within(row(notes)).queryByRole('button', { name: /^Delete / }) !== null,
    lock:
      row(notes)
        .querySelector('td:last-child')
        ?.textContent?.match(/(Approved|Awaiting approval|Invoiced)[^]*$/)?.[0] ?? null,
  });
}

describe('D4 locked entries offer no Edit or Delete, and say why', { timeout: 20_000 }, () => {
  it('D4 an own pending, approved or invoiced entry shows the lock and its reason instead of Edit and Delete', async () => {
    serveLockedEntries(LOCKED_ENTRIES, [...SYSTEM_ROLES.user.permissions], ['view_project', 'log_own_time']);
    renderApp('/time-entries');
    const state = await rowsOf();
    expect(state('open')).toEqual({ edit: true, remove: true, lock: null });
    expect(state('rejected once')).toEqual({ edit: true, remove: true, lock: null });
    expect(state('waiting')).toEqual({ edit: false, remove: false, lock: 'Awaiting approval — cancel the request to change it' });
    expect(state('approved')).toEqual({ edit: false, remove: false, lock: 'Approved — ask an approver to reopen it' });
    expect(state('billed')).toEqual({ edit: false, remove: false, lock: 'Invoiced — locked while it is on an invoice' });
  });

  it('D4 someone with Edit Financials may change approved entries, never an invoiced one, whose invoice is named', async () => {
    serveLockedEntries(
      LOCKED_ENTRIES,
      [...SYSTEM_ROLES.user.permissions, 'view_all_invoices'],
      ['view_project', 'log_own_time', 'view_financials', 'edit_financials', 'edit_others_time', 'delete_others_time'],
    );
    renderApp('/time-entries');
    const state = await rowsOf();
    expect(state('waiting')).toMatchObject({ edit: true, remove: true, lock: null });
    expect(state('approved')).toMatchObject({ edit: true, remove: true, lock: null });
    await screen.findByRole('link', { name: 'INV-0012' }, WAIT);
    expect(state('billed')).toEqual({ edit: false, remove: false, lock: 'Invoiced on INV-0012' });
  });
});
