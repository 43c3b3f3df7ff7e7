import { useQuery } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { settingsKeys } from './settings-keys';
import type { SystemInfo } from './types';

/** GET /system/info (view_system_info): versions, database, counts. */
export function getSystemInfo(): Promise<SystemInfo> {
  return ok(api.GET('/system/info'));
}

export function useSystemInfo(enabled: boolean) {
  return useQuery({ queryKey: settingsKeys.systemInfo(), queryFn: getSystemInfo, enabled, staleTime: 0 });
}
