import type { PermissionRequirement } from '@timekeeper/shared';
import type { ReactNode } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppShell } from './app-shell';
import { PublicLayout } from '@/components/layout/public-layout';
import { RequireAccess, RequireSession } from './guards';
import { PAGES, type PageKey } from './pages';
import { AdminAuditRoute } from './routes/admin-audit';
import { AdminExplainRoute } from './routes/admin-explain';
import { AdminRolesRoute } from './routes/admin-roles';
import { AdminSettingsRoute } from './routes/admin-settings';
import { AdminTokensRoute } from './routes/admin-tokens';
import { AdminUsersRoute } from './routes/admin-users';
import { ApprovalsRoute } from './routes/approvals';
import { ClientsRoute } from './routes/clients';
import { DashboardRoute } from './routes/dashboard';
import { ExpensesRoute } from './routes/expenses';
import { HelpRoute } from './routes/help';
import { InvoiceDetailRoute } from './routes/invoice-detail';
import { InvoicesRoute } from './routes/invoices';
import { LoginRoute } from './routes/login';
import { NotFoundRoute } from './routes/not-found';
import { ProfileRoute } from './routes/profile';
import { ProjectDetailRoute } from './routes/project-detail';
import { ProjectsRoute } from './routes/projects';
import { ReportsRoute } from './routes/reports';
import { RouteError } from './routes/route-error';
import { SetupRoute } from './routes/setup';
import { TasksRoute } from './routes/tasks';
import { TimeEntriesRoute } from './routes/time-entries';
import { TimesheetRoute } from './routes/timesheet';
import { TimerRoute } from './routes/timer';
import { TokensRoute } from './routes/tokens';

const PAGE_ELEMENTS: Record<PageKey, ReactNode> = {
  dashboard: <DashboardRoute />,
  timer: <TimerRoute />,
  timeEntries: <TimeEntriesRoute />,
  timesheet: <TimesheetRoute />,
  expenses: <ExpensesRoute />,
  projects: <ProjectsRoute />,
  tasks: <TasksRoute />,
  clients: <ClientsRoute />,
  approvals: <ApprovalsRoute />,
  invoices: <InvoicesRoute />,
  reports: <ReportsRoute />,
  tokens: <TokensRoute />,
  profile: <ProfileRoute />,
  help: <HelpRoute />,
  adminUsers: <AdminUsersRoute />,
  adminRoles: <AdminRolesRoute />,
  adminTokens: <AdminTokensRoute />,
  adminAudit: <AdminAuditRoute />,
  adminExplain: <AdminExplainRoute />,
  adminSettings: <AdminSettingsRoute />,
};

const guarded = (permission: PermissionRequirement | undefined, element: ReactNode) => (
  <RequireAccess permission={permission}>{element}</RequireAccess>
);

/** The route table. Pages stay thin: they compose feature components. */
export const routes: RouteObject[] = [
  {
    errorElement: <RouteError />,
    children: [
      {
        element: <PublicLayout />,
        children: [
          { path: '/login', element: <LoginRoute /> },
          { path: '/setup', element: <SetupRoute /> },
        ],
      },
      {
        element: <RequireSession />,
        children: [
          {
            element: <AppShell />,
            children: [
              ...(Object.keys(PAGES) as PageKey[]).map((key) => ({
                path: PAGES[key].path,
                element: guarded((PAGES[key] as { permission?: PermissionRequirement }).permission, PAGE_ELEMENTS[key]),
              })),
              { path: '/projects/:projectId/*', element: guarded(PAGES.projects.permission, <ProjectDetailRoute />) },
              { path: '/invoices/:invoiceId', element: guarded(PAGES.invoices.permission, <InvoiceDetailRoute />) },
              { path: '*', element: <NotFoundRoute /> },
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
