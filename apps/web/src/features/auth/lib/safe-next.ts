/** Where to go after signing in: the `next` path if it stays on this site, else the start page (never an open redirect). */
export function safeNext(next: string | null | undefined): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}
