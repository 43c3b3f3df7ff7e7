import { useQuery } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { settingsKeys } from './settings-keys';
import type { Settings } from './types';

/** GET /settings: everyone signed in may read them. */
export function getSettings(): Promise<Settings> {
  return ok(api.GET('/settings'));
}

export function useSettings() {
  return useQuery({ queryKey: settingsKeys.settings(), queryFn: getSettings });
}
