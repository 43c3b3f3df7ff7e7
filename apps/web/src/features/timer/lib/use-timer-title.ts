import { useEffect } from 'react';
import { setTitlePrefix } from '@/lib/document-title';

/**
 * While a timer runs, the tab says so in front of the page's own title: "▶ 1:23:45 Acme — Time
 * entries — Timekeeper". `running` is null when no timer runs; the page's title alone comes back
 * then (and when the component unmounts).
 */
export function useTimerTitle(running: { elapsed: string; projectName: string } | null): void {
  const text = running ? `▶ ${running.elapsed} ${running.projectName}` : null;
  useEffect(() => {
    if (text === null) return;
    setTitlePrefix(text);
    return () => setTitlePrefix(null);
  }, [text]);
}
