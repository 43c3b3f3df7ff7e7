import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SYSTEM_ROLES, type Permission, type ProjectAction } from '@timekeeper/shared';
import { describe, expect, it } from 'vitest';
import { permissionsBody, projectAccessBody, testProject } from '@test/fake-api';
import { renderApp } from '@test/render-app';
import { sendJson } from '@test/test-api-server';
import { ProjectDetailRoute } from '@/app/routes/project-detail';
import type { ProjectFinancials } from '../api/types';
import { setupTestApiServer } from '@test/setup-test-api-server';

const server = setupTestApiServer();

const PROJECT = testProject({ hourly_rate: 120, budget_amount: 1000, currency: 'EUR', access_level: 'financial' });

const FINANCIALS: ProjectFinancials = {
  project_id: 5,
  currency: 'EUR',
  hourly_rate: 120,
  cost_rate: 50,
  budget_amount: 1000,
  budget_hours: null,
  consumed: {
    hours: 6.25,
    billable_hours: 5,
    billable_amount: 600,
    cost: 312.5,
    expenses: 40,
    expenses_in_other_currencies: [],
    invoiced: 480,
  },
  budget_used_percent: 64,
  by_month: [
    { month: '2026-01', hours: 4, billable_amount: 360, cost: 200, expenses: 0 },
    { month: '2026-03', hours: 2.25, billable_amount: 240, cost: 112.5, expenses: 40 },
  ],
};

const VIEW: ProjectAction[] = ['view_project', 'view_tasks', 'view_team_time', 'view_financials'];

/** The caller: a `user` account (no view_all_reports, no edit_projects) with the given project actions. */
function serve({
  actions = VIEW,
  permissions = SYSTEM_ROLES.user.permissions,
  financials = (res) => sendJson(res, 200, FINANCIALS),
}: {
  actions?: ProjectAction[];
  permissions?: readonly Permission[];
  financials?: (res: Parameters<typeof sendJson>[0]) => void;
}) {
  server.respondWith((req, res) => {
    const path = req.url.split('?')[0];
    if (path === '/api/v1/users/me/permissions') return sendJson(res, 200, permissionsBody(permissions));
    if (path === '/api/v1/projects/5') return sendJson(res, 200, PROJECT);
    if (path === '/api/v1/projects/5/financials') return financials(res);
    if (path === '/api/v1/projects/5/access') {
      const access = { level: 'view_financials', access_level: 'financial', permissions_label: 'view_only', actions };
      return sendJson(res, 200, projectAccessBody(5, access));
    }
    return sendJson(res, 404, { error: 'Not found', code: 'not_found', message: 'Not found', request_id: 'r' });
  });
}

function renderFinancials() {
  renderApp('/projects/5/financials', [{ path: '/projects/:projectId/*', element: <ProjectDetailRoute /> }]);
}

/** The figures of the tab as "term=value" pairs. */
function figures(): Record<string, string> {
  const panel = screen.getByRole('tabpanel');
  return Object.fromEntries(
    within(panel)
      .getAllByRole('term')
      .map((dt) => [dt.textContent, dt.nextElementSibling?.textContent ?? '']),
  );
}

const euros = (n: number) => new Intl.NumberFormat(undefined, { style: 'currency', currency: 'EUR' }).format(n);

describe('the Financials tab', { timeout: 20_000 }, () => {
  it('shows the financials endpoint figures and the burn chart with its table, without view_all_reports and without an edit form', async () => {
    serve({});
    const user = userEvent.setup();
    renderFinancials();

    await screen.findByRole('heading', { name: 'Budget burn' });
    expect(figures()).toMatchObject({
      'Hourly rate': euros(120),
      'Cost rate': euros(50),
      Budget: euros(1000),
      'Hours logged': '6.25 h5 h billable',
      'Billable amount': euros(600),
      Cost: euros(312.5),
      Expenses: euros(40),
      Invoiced: `${euros(480)}sent and paid invoices`,
      'Budget used': '64%',
    });
    expect(screen.getByRole('progressbar', { name: 'Budget used' }).getAttribute('aria-valuetext')).toBe('64%');
    expect(screen.queryByText('Over budget')).toBeNull();
    expect(server.requests.some((r) => r.url.startsWith('/api/v1/reports'))).toBe(false);

    const chart = screen.getByRole('img', { name: 'Billable amount and expenses, cumulative by month' });
    expect(chart.getAttribute('aria-describedby')).toBeTruthy();
    await user.click(screen.getByText('Show the numbers as a table'));
    const rows = within(screen.getByRole('table'))
      .getAllByRole('row')
      .slice(1)
      .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));
    // February has nothing: the running total stays flat through it.
    expect(rows.map((r) => r.slice(1))).toEqual([
      [euros(360), euros(360), '36%'],
      [euros(0), euros(360), '36%'],
      [euros(280), euros(640), '64%'],
    ]);

    expect(screen.queryByRole('form', { name: 'Edit financials' })).toBeNull();
    expect(screen.queryByRole('button', { name: /save financials/i })).toBeNull();
    expect(screen.queryAllByRole('spinbutton')).toEqual([]);
    expect(screen.queryAllByRole('textbox')).toEqual([]);
  });

  it('says when no time is logged yet instead of drawing an empty chart', async () => {
    serve({
      financials: (res) =>
        sendJson(res, 200, {
          ...FINANCIALS,
          consumed: {
            hours: 0,
            billable_hours: 0,
            billable_amount: 0,
            cost: 0,
            expenses: 0,
            expenses_in_other_currencies: [],
            invoiced: 0,
          },
          budget_used_percent: 0,
          by_month: [],
        }),
    });
    renderFinancials();
    expect(await screen.findByText('No time logged yet')).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
    expect(figures()['Budget used']).toBe('0%');
  });

  it('warns when the budget is exceeded', async () => {
    serve({
      financials: (res) =>
        sendJson(res, 200, { ...FINANCIALS, consumed: { ...FINANCIALS.consumed, billable_amount: 1150 }, budget_used_percent: 119 }),
    });
    renderFinancials();
    const warning = await screen.findByText('Over budget');
    expect(warning.parentElement?.textContent).toContain(`119% of the budget is used: ${euros(190)} more than budgeted.`);
  });

  it('names expenses in other currencies instead of adding them up', async () => {
    serve({
      financials: (res) =>
        sendJson(res, 200, {
          ...FINANCIALS,
          consumed: { ...FINANCIALS.consumed, expenses_in_other_currencies: [{ currency: 'USD', amount: 80 }] },
        }),
    });
    renderFinancials();
    await screen.findByRole('heading', { name: 'Budget burn' });
    expect(figures()['Expenses']).toBe(
      `${euros(40)}not counted: ${new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD' }).format(80)} in other currencies`,
    );
  });

  it('shows the API error instead of figures', async () => {
    // E.g. the level was lowered since the tabs were drawn: the API decides.
    const message = "Seeing a project's financials requires at least the 'view_financials' level on project 5";
    serve({
      financials: (res) =>
        sendJson(res, 403, {
          error: 'Insufficient permissions',
          code: 'forbidden',
          message,
          request_id: 'r',
          required_project_level: 'view_financials',
          project_id: 5,
          project_action: 'view_financials',
        }),
    });
    renderFinancials();
    expect(await screen.findByText('Could not load this data')).toBeTruthy();
    expect(screen.queryByRole('term')).toBeNull();
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('shows the edit form only with edit_financials on the project and an account permission to edit', async () => {
    serve({ actions: [...VIEW, 'edit_financials'], permissions: SYSTEM_ROLES.manager.permissions });
    renderFinancials();
    expect(await screen.findByRole('button', { name: 'Save financials' })).toBeTruthy();
  });
});
