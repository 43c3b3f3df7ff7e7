import { useEffect, useState } from 'react';

/**
 * Seconds that keep counting from a server reading: `base` seconds at `readAt` (ms epoch).
 * Uses the local clock only for the time since the reading, so a skewed clock does not matter.
 */
export function useTickingSeconds(base: number, readAt: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, []);
  return base + Math.max(0, Math.floor((now - readAt) / 1000));
}
