import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPatch } from '@/lib/api-client';
import { settingsKeys } from './settings-keys';
import type { Settings } from './types';

/** PATCH /settings (manage_settings): only the changed fields. */
export function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  return apiPatch<Settings>('/settings', patch);
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
