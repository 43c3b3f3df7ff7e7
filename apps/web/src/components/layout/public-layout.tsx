import { Outlet } from 'react-router';

/** Pages for people not signed in: sign-in and first-run setup. */
export function PublicLayout() {
  return (
    <div className="flex min-h-screen flex-col bg-surface-muted">
      <header className="bg-slate-900">
        <div className="mx-auto flex h-14 max-w-6xl items-center px-4 text-lg font-semibold text-white">Timekeeper</div>
      </header>
      <main className="mx-auto w-full max-w-6xl flex-1 px-4 py-10">
        <Outlet />
      </main>
    </div>
  );
}
