import { api, ok } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/invalidating-mutation';
import { settingsKeys } from './settings-keys';
import type { Settings, SettingsPatch } from './types';

/** PATCH /settings (manage_settings): only the changed fields. */
export function updateSettings(patch: SettingsPatch): Promise<Settings> {
  return ok(api.PATCH('/settings', { body: patch }));
}

export function useUpdateSettings() {
  return useInvalidatingMutation(updateSettings, [settingsKeys.all], {
    remember: (settings, queryClient) => queryClient.setQueryData(settingsKeys.settings(), settings),
    done: 'Settings saved',
  });
}
