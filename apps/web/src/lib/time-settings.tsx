/**
 * The signed-in person's time settings (GET /users/me: time zone, week start, locale, clock — their
 * own or the organisation's defaults) and the one date formatter built from them. The signed-in
 * frame wraps the pages in `<TimeSettingsProvider>`; every page reads `useDates()`. Without a
 * provider (public pages, component tests) the browser's own settings apply.
 */
import { useQuery } from '@tanstack/react-query';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { api, ok } from './api-client';
import type { ApiData } from './api/types';
import { browserTimeSettings, createDates, type Dates, type TimeSettings } from './dates';

export type MyUser = ApiData<'/users/me', 'get'>;

export const myUserKey = ['users', 'me'] as const;

/** GET /users/me: the signed-in user with their time settings as they apply. */
export function useMyUser(enabled = true) {
  return useQuery({ queryKey: myUserKey, queryFn: ({ signal }) => ok(api.GET('/users/me', { signal })), staleTime: 5 * 60_000, enabled });
}

const DatesContext = createContext<Dates | null>(null);
let browserDates: Dates | null = null;
let browserSettings: TimeSettings | null = null;

/** The browser's settings, worked out once. */
function browserDefaults(): TimeSettings {
  browserSettings ??= browserTimeSettings();
  return browserSettings;
}

/**
 * Provides the dates of the signed-in person. `children` render once their settings have loaded
 * (or failed to: then the browser's apply), so no page counts its days in the wrong zone first.
 */
export function TimeSettingsProvider({ children, fallback = null }: { children: ReactNode; fallback?: ReactNode }) {
  const me = useMyUser();
  const { time_zone, week_start, locale, time_format } = me.data ?? browserDefaults();
  // Rebuilt only when a setting changes, not on every refetch of the user.
  const dates = useMemo(() => createDates({ time_zone, week_start, locale, time_format }), [time_zone, week_start, locale, time_format]);
  // Only the first answer is awaited: a later refetch (a new observer after an error) keeps the pages shown.
  if (!me.isFetched) return <>{fallback}</>;
  return <DatesContext.Provider value={dates}>{children}</DatesContext.Provider>;
}

/** The date formatter in the signed-in person's settings (the browser's outside the signed-in frame). */
export function useDates(): Dates {
  const dates = useContext(DatesContext);
  if (dates) return dates;
  browserDates ??= createDates(browserDefaults());
  return browserDates;
}
