import { useEffect, useState } from 'react';

/**
 * Seconds elapsed on a running timer, ticking once a second. Counted from the server's
 * `elapsed_seconds` at the moment the status arrived (`measuredAt`, a local timestamp), so a
 * skewed local clock does not change what is shown.
 */
export function useElapsedSeconds(base: number | null, measuredAt: number): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (base === null) return;
    // Until the first tick `now` may predate `measuredAt`: the floor below shows `base` then.
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, [base, measuredAt]);
  if (base === null) return null;
  return base + Math.max(0, Math.floor((now - measuredAt) / 1000));
}
