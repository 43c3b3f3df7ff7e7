export const settingsKeys = {
  all: ['admin-settings'] as const,
  settings: () => [...settingsKeys.all, 'settings'] as const,
  systemInfo: () => [...settingsKeys.all, 'system-info'] as const,
};
