import { useMemo } from 'react';
import { PageHeader } from '@/components/ui/page-header';
import { dashboardRange, QuickLinks, RunningTimerCard, TimeOverview, type QuickLink } from '@/features/dashboard';
import { useSession } from '@/features/session';
import { useAccess } from '@/lib/access';
import { useDates } from '@/lib/time-settings';
import { PAGES, type PageDef, type PageKey } from '../pages';

const QUICK_LINK_PAGES: PageKey[] = ['timer', 'timeEntries', 'projects', 'tasks', 'expenses', 'reports', 'tokens', 'profile', 'help'];

export function DashboardRoute() {
  const session = useSession();
  const access = useAccess();
  const dates = useDates();
  // Computed once per visit (and settings): the range stays stable while the page is open (and its query key too).
  const range = useMemo(() => dashboardRange(dates), [dates]);
  const links: QuickLink[] = QUICK_LINK_PAGES.map((key) => PAGES[key] as PageDef)
    .filter((page) => !page.permission || access.can(page.permission))
    .map((page) => ({ to: page.path, label: page.label }));
  const name = session.data?.user.name;
  return (
    <>
      <PageHeader title="Dashboard" description={name ? `Welcome back, ${name}.` : undefined} />
      <div className="grid gap-4 lg:grid-cols-2">
        <RunningTimerCard />
        <TimeOverview range={range} />
        <div className="lg:col-span-2">
          <QuickLinks links={links} />
        </div>
      </div>
    </>
  );
}
