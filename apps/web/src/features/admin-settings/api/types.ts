export interface Settings {
  organisation_name: string;
  /** ISO 4217, e.g. EUR */
  default_currency: string;
  /** 1 = Monday … 7 = Sunday (ISO). */
  week_starts_on: number;
  allow_self_approval: boolean;
}

export interface SystemInfo {
  app_version: string;
  api_version: string;
  node_version: string;
  database: string;
  database_version: string;
  uptime_seconds: number;
  authz_version: number;
  counts: { users: number; projects: number; time_entries: number; api_tokens: number };
}
