import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { settingsKeys } from './settings-keys';
import type { Settings, SettingsPatch } from './types';

/** PATCH /settings (manage_settings): only the changed fields. */
export function updateSettings(patch: SettingsPatch): Promise<Settings> {
  return ok(api.PATCH('/settings', { body: patch }));
}

export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSettings,
    onSuccess: (settings) => {
      queryClient.setQueryData(settingsKeys.settings(), settings);
      return queryClient.invalidateQueries({ queryKey: settingsKeys.all });
    },
  });
}
