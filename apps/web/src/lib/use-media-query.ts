import { useSyncExternalStore } from 'react';

const media = (query: string) =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(query) : null;

/**
 * Whether a CSS media query matches now, following changes (a phone turned, a window resized).
 * Where the browser cannot tell (no `matchMedia`), `fallback` is the answer.
 */
export function useMediaQuery(query: string, fallback = false): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = media(query);
      list?.addEventListener('change', onChange);
      return () => list?.removeEventListener('change', onChange);
    },
    () => media(query)?.matches ?? fallback,
    () => fallback,
  );
}

/** Tailwind's `sm` breakpoint (40rem): below it lists are cards (docs/guides/README.md#on-a-phone). */
export const SM_UP = '(min-width: 40rem)';
