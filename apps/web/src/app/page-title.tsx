/**
 * Every page has its own document title ("Time entries — Timekeeper"): the router names each route
 * in its `handle` from the page table (./pages.ts), and the root route (./root-route.tsx) shows the deepest name.
 */
import { useEffect } from 'react';
import { useMatches } from 'react-router';
import { setPageTitle } from '@/lib/document-title';
import { documentTitle } from './pages';

/** What a route carries in its `handle`: the page's name. */
export interface PageHandle {
  title: string;
}

function titleOf(handle: unknown): string | undefined {
  if (typeof handle !== 'object' || handle === null || !('title' in handle)) return undefined;
  return typeof handle.title === 'string' ? handle.title : undefined;
}

/** The name of the deepest matched route that has one. */
export function useRouteTitle(): string | undefined {
  const matches = useMatches();
  return matches.map((match) => titleOf(match.handle)).findLast((title) => title !== undefined);
}

/** Sets the document title to "`pageName` — Timekeeper" while the calling component is shown. */
export function useDocumentTitle(pageName: string | undefined): void {
  useEffect(() => {
    setPageTitle(documentTitle(pageName));
  }, [pageName]);
}
