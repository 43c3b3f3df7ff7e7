import { Outlet, useNavigation } from 'react-router';
import { useDocumentTitle, useRouteTitle } from './page-title';

/**
 * The root of the route table: names the tab after the page shown, and while the next page's code
 * loads (each page is its own file, fetched on the first visit) shows a thin bar along the top.
 */
export function RootRoute() {
  useDocumentTitle(useRouteTitle());
  const navigation = useNavigation();
  return (
    <>
      {navigation.state === 'loading' ? (
        <div
          role="progressbar"
          aria-label="Loading the page"
          className="fixed inset-x-0 top-0 z-50 h-1 bg-accent-hover motion-safe:animate-pulse"
        />
      ) : null}
      <Outlet />
    </>
  );
}
