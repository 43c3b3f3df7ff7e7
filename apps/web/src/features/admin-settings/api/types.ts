import type { ApiBody, ApiData } from '@/lib/api/types';

/** `week_starts_on`: 1 = Monday … 7 = Sunday (ISO); `default_currency`: ISO 4217. */
export type Settings = ApiData<'/settings', 'get'>;
export type SettingsPatch = ApiBody<'/settings', 'patch'>;
export type SystemInfo = ApiData<'/system/info', 'get'>;
