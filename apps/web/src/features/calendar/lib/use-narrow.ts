import { useMediaQuery } from '@/lib/use-media-query';

/** Whether the screen is phone-narrow (below Tailwind's `md`): the calendar then shows one day. */
export function useNarrow(): boolean {
  return useMediaQuery('(max-width: 767px)');
}
