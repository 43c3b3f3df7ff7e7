/**
 * The tab's title has two writers: the router names the page ("Time entries — Timekeeper") and the
 * running timer puts itself in front ("▶ 1:23:45 Acme — Time entries — Timekeeper"). Both go
 * through here, so neither overwrites the other's part.
 */
let pageTitle = typeof document === 'undefined' ? '' : document.title;
let prefix: string | null = null;

function show(): void {
  document.title = prefix ? `${prefix} — ${pageTitle}` : pageTitle;
}

/** The page's own title (the router's part). */
export function setPageTitle(title: string): void {
  pageTitle = title;
  show();
}

/** What stands in front of the page's title while it lasts (the running timer); null removes it. */
export function setTitlePrefix(text: string | null): void {
  prefix = text;
  show();
}
