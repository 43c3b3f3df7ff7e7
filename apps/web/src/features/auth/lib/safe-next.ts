/** Resolves `next` against a stand-in origin to see where a browser would really go. */
const ORIGIN = 'http://timekeeper.invalid';

/**
 * Where to go after signing in: the `next` path if it stays on this site, else the start page
 * (never an open redirect). Only a same-origin path is kept — resolved the way the browser
 * resolves it — so React Router never gets a value it refuses: tabs and newlines (which URL
 * parsing drops, turning `/\t/evil.example` into `//evil.example`), backslashes, other control
 * characters and malformed percent-encoding all give `/`.
 */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//')) return '/';
  // eslint-disable-next-line no-control-regex -- control characters are what this refuses
  if (/[\u0000-\u0020\u007f-\u009f\\\u2028\u2029]/.test(next)) return '/';
  let url: URL;
  try {
    url = new URL(next, ORIGIN);
    decodeURIComponent(url.pathname);
  } catch {
    return '/';
  }
  if (url.origin !== ORIGIN) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}
