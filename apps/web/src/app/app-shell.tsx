import { useState } from 'react';
import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import { NAV_SECTIONS, PAGES, type PageDef } from './pages';
import { useLogout, useSession } from '@/features/session';
import { HeaderTimer } from '@/features/timer';
import { useAccess } from '@/lib/access';
import { Spinner } from '@/components/ui/spinner';
import { TimeSettingsProvider } from '@/lib/time-settings';
import { useMediaQuery } from '@/lib/use-media-query';
import { NavDrawer } from './nav-drawer';

/** Tailwind's `md` (48rem): from here the navigation is a column beside the page, below it a drawer. */
const MD_UP = '(min-width: 48rem)';

const linkClass = ({ isActive }: { isActive: boolean }) =>
  `block rounded-md px-3 py-1.5 text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-400 ${
    isActive ? 'bg-slate-800 font-medium text-white' : 'text-slate-300 hover:bg-slate-800 hover:text-white'
  }`;

/** The signed-in frame: navigation gated by effective permissions, the user menu, the page. */
export function AppShell() {
  const access = useAccess();
  const session = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const wide = useMediaQuery(MD_UP, true);
  // A drawer left open while the window widened past md stays closed when it narrows again.
  const [wasWide, setWasWide] = useState(wide);
  if (wide !== wasWide) {
    setWasWide(wide);
    setOpen(false);
  }
  const pages = Object.values(PAGES) as PageDef[];

  const nav = (
    <nav aria-label="Main" className="space-y-5">
      {NAV_SECTIONS.map((section) => {
        const items = pages.filter((p) => p.section === section.key && (!p.permission || access.can(p.permission)));
        if (items.length === 0) return null;
        return (
          <div key={section.key}>
            <h2 className="px-3 text-xs font-semibold uppercase tracking-wide text-slate-400">{section.label}</h2>
            <ul className="mt-1 space-y-0.5">
              {items.map((p) => (
                <li key={p.path}>
                  <NavLink to={p.path} end={p.path === '/'} className={linkClass} onClick={() => setOpen(false)}>
                    {p.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </nav>
  );

  return (
    <TimeSettingsProvider fallback={<Spinner label="Loading your settings…" />}>
      <div className="flex min-h-screen flex-col bg-surface-muted">
        {/* The first thing Tab reaches: straight past the header and the navigation to the page. */}
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:fixed focus:left-4 focus:top-4 focus:z-50 focus:rounded-md focus:bg-surface focus:px-4 focus:py-2 focus:text-sm focus:font-medium focus:text-fg focus:shadow-lg focus:outline-none focus:ring-2 focus:ring-focus"
          onClick={(event) => {
            event.preventDefault();
            document.getElementById('main')?.focus();
          }}
        >
          Skip to main content
        </a>
        <header className="bg-slate-900 text-white">
          <div className="flex min-h-14 flex-wrap items-center justify-between gap-x-3 gap-y-2 px-4 py-2">
            <div className="flex items-center gap-3">
              {wide ? null : (
                <NavDrawer open={open} onOpenChange={setOpen}>
                  {access.ready ? nav : null}
                </NavDrawer>
              )}
              <Link to="/" className="text-lg font-semibold">
                Timekeeper
              </Link>
            </div>
            {/* Under the title row on a phone, beside the user menu from sm up. */}
            <HeaderTimer className="order-last w-full sm:order-none sm:ml-auto sm:w-auto sm:max-w-md" />
            <div className="flex items-center gap-3 text-sm">
              <Link to="/profile" className="hidden text-slate-300 hover:text-white sm:inline" data-testid="current-user">
                {session.data?.user.name}
              </Link>
              <button
                type="button"
                className="rounded-md px-3 py-1.5 ring-1 ring-slate-600 hover:bg-slate-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-400"
                onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/login') })}
              >
                Sign out
              </button>
            </div>
          </div>
        </header>
        <div className="flex flex-1">
          {wide ? <aside className="w-56 shrink-0 bg-slate-900 px-2 py-4">{access.ready ? nav : null}</aside> : null}
          <main id="main" tabIndex={-1} className="min-w-0 flex-1 px-4 py-6 focus:outline-none md:px-8">
            <Outlet />
          </main>
        </div>
      </div>
    </TimeSettingsProvider>
  );
}
