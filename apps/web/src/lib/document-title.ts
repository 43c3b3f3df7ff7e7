/**
 * The tab's title has three writers: the router names the page ("Project — Timekeeper"), a page
 * about one thing names it in front ("Acme Website Redesign — Project — Timekeeper"), and the
 * running timer puts itself first ("▶ 1:23:45 Acme — …"). All go through here, so none overwrites
 * another's part. A printed invoice's file is named after the title.
 */
import { useEffect } from 'react';

let pageTitle = typeof document === 'undefined' ? '' : document.title;
let detail: string | null = null;
let prefix: string | null = null;

function show(): void {
  const page = detail ? `${detail} — ${pageTitle}` : pageTitle;
  document.title = prefix ? `${prefix} — ${page}` : page;
}

/** The page's own title (the router's part). */
export function setPageTitle(title: string): void {
  pageTitle = title;
  show();
}

/** The one thing a page shows (a project's name, an invoice's number); null removes it. */
export function setPageDetail(text: string | null): void {
  detail = text;
  show();
}

/** Names what the calling page shows in the title while it is shown (nothing while it loads). */
export function usePageDetail(name: string | undefined): void {
  useEffect(() => {
    if (!name) return;
    setPageDetail(name);
    return () => setPageDetail(null);
  }, [name]);
}

/** What stands in front of the page's title while it lasts (the running timer); null removes it. */
export function setTitlePrefix(text: string | null): void {
  prefix = text;
  show();
}
