import { useEffect } from 'react';

/**
 * While a timer runs, the tab says so: "▶ 1:23:45 Acme — Timekeeper". `running` is null when no
 * timer runs; the title the page had before comes back then (and when the component unmounts).
 */
export function useTimerTitle(running: { elapsed: string; projectName: string } | null): void {
  const text = running ? `▶ ${running.elapsed} ${running.projectName}` : null;
  useEffect(() => {
    if (text === null) return;
    // Each tick's cleanup restores the title first, so `previous` is always the page's own title.
    const previous = document.title;
    document.title = `${text} — ${previous}`;
    return () => {
      document.title = previous;
    };
  }, [text]);
}
