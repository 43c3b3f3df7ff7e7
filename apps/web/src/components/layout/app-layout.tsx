import { Link, NavLink, Outlet } from 'react-router';

const navLinkClass = ({ isActive }: { isActive: boolean }) =>
  `rounded-md px-3 py-2 text-sm font-medium ${isActive ? 'bg-slate-800 text-white' : 'text-slate-300 hover:bg-slate-700 hover:text-white'}`;

/** The page frame: product header with navigation, then the routed page. */
export function AppLayout() {
  return (
    <div className="flex min-h-screen flex-col">
      <header className="bg-slate-900">
        <div className="mx-auto flex h-14 max-w-6xl items-center justify-between px-4">
          <Link to="/" className="text-lg font-semibold text-white">
            Timekeeper
          </Link>
          {/* Entries will be gated by effective permissions (SPEC §6) once the session exists. */}
          <nav aria-label="Main" className="flex gap-1">
            <NavLink to="/login" className={navLinkClass}>
              Sign in
            </NavLink>
          </nav>
        </div>
      </header>
      <main className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        <Outlet />
      </main>
    </div>
  );
}
