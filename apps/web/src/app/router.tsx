import type { PermissionRequirement } from '@timekeeper/shared';
import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { PublicLayout } from '@/components/layout/public-layout';
import { Spinner } from '@/components/ui/spinner';
import { RequireAccess, RequireSession } from './guards';
import { type PageHandle } from './page-title';
import { OTHER_PAGES, PAGES, type PageKey } from './pages';
import { RootRoute } from './root-route';
import { NotFoundRoute } from './routes/not-found';
import { RouteError } from './routes/route-error';

/**
 * Each page is its own chunk, loaded when the page is first visited, so the first load carries only
 * the app's frame and the page asked for (docs/reports/first-load.md). Charts, the calendar and the
 * signed-in shell never reach the sign-in page.
 */
type PageModule = () => Promise<ComponentType>;

const PAGE_MODULES: Record<PageKey, PageModule> = {
  dashboard: () => import('./routes/dashboard').then((m) => m.DashboardRoute),
  timer: () => import('./routes/timer').then((m) => m.TimerRoute),
  timeEntries: () => import('./routes/time-entries').then((m) => m.TimeEntriesRoute),
  timesheet: () => import('./routes/timesheet').then((m) => m.TimesheetRoute),
  calendar: () => import('./routes/calendar').then((m) => m.CalendarRoute),
  expenses: () => import('./routes/expenses').then((m) => m.ExpensesRoute),
  projects: () => import('./routes/projects').then((m) => m.ProjectsRoute),
  tasks: () => import('./routes/tasks').then((m) => m.TasksRoute),
  clients: () => import('./routes/clients').then((m) => m.ClientsRoute),
  leads: () => import('./routes/leads').then((m) => m.LeadsRoute),
  deals: () => import('./routes/deals').then((m) => m.DealsRoute),
  approvals: () => import('./routes/approvals').then((m) => m.ApprovalsRoute),
  invoices: () => import('./routes/invoices').then((m) => m.InvoicesRoute),
  reports: () => import('./routes/reports').then((m) => m.ReportsRoute),
  tokens: () => import('./routes/tokens').then((m) => m.TokensRoute),
  profile: () => import('./routes/profile').then((m) => m.ProfileRoute),
  help: () => import('./routes/help').then((m) => m.HelpRoute),
  adminUsers: () => import('./routes/admin-users').then((m) => m.AdminUsersRoute),
  adminRoles: () => import('./routes/admin-roles').then((m) => m.AdminRolesRoute),
  adminTokens: () => import('./routes/admin-tokens').then((m) => m.AdminTokensRoute),
  adminAudit: () => import('./routes/admin-audit').then((m) => m.AdminAuditRoute),
  adminExplain: () => import('./routes/admin-explain').then((m) => m.AdminExplainRoute),
  adminSettings: () => import('./routes/admin-settings').then((m) => m.AdminSettingsRoute),
};

/** A page route: named for the document title, its module loaded on the first visit, behind its permission check. */
function page(path: string, title: string, load: PageModule, permission?: PermissionRequirement): RouteObject {
  return {
    path,
    handle: { title } satisfies PageHandle,
    lazy: async () => {
      const Page = await load();
      return {
        element: (
          <RequireAccess permission={permission}>
            <Page />
          </RequireAccess>
        ),
      };
    },
  };
}

/** Shown while the first page's module loads. */
function PageLoading() {
  return (
    <div className="p-8">
      <Spinner />
    </div>
  );
}

/** The route table. Pages stay thin: they compose feature components. */
export const routes: RouteObject[] = [
  {
    Component: RootRoute,
    HydrateFallback: PageLoading,
    errorElement: <RouteError />,
    children: [
      {
        element: <PublicLayout />,
        children: [
          page('/login', OTHER_PAGES.login, () => import('./routes/login').then((m) => m.LoginRoute)),
          page('/setup', OTHER_PAGES.setup, () => import('./routes/setup').then((m) => m.SetupRoute)),
        ],
      },
      {
        element: <RequireSession />,
        children: [
          // The printable invoice stands alone: no app frame around the document.
          page(
            '/invoices/:invoiceId/print',
            OTHER_PAGES.invoicePrint,
            () => import('./routes/invoice-print').then((m) => m.InvoicePrintRoute),
            PAGES.invoices.permission,
          ),
          {
            lazy: () => import('./app-shell').then((m) => ({ Component: m.AppShell })),
            children: [
              ...(Object.keys(PAGES) as PageKey[]).map((key) =>
                page(
                  PAGES[key].path,
                  PAGES[key].label,
                  PAGE_MODULES[key],
                  (PAGES[key] as { permission?: PermissionRequirement }).permission,
                ),
              ),
              page(
                '/projects/:projectId/*',
                OTHER_PAGES.project,
                () => import('./routes/project-detail').then((m) => m.ProjectDetailRoute),
                PAGES.projects.permission,
              ),
              page(
                '/clients/:clientId',
                OTHER_PAGES.client,
                () => import('./routes/client-detail').then((m) => m.ClientDetailRoute),
                PAGES.clients.permission,
              ),
              page(
                '/invoices/:invoiceId',
                OTHER_PAGES.invoice,
                () => import('./routes/invoice-detail').then((m) => m.InvoiceDetailRoute),
                PAGES.invoices.permission,
              ),
              page('/help/docs/*', OTHER_PAGES.helpDoc, () => import('./routes/help-doc').then((m) => m.HelpDocRoute)),
              { path: '*', handle: { title: OTHER_PAGES.notFound } satisfies PageHandle, element: <NotFoundRoute /> },
            ],
          },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
