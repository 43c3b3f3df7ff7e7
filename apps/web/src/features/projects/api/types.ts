/** Shapes of the projects endpoints (apps/api projects.schemas.ts). */
import type { PaginationInfo } from '@/components/ui/pagination';

export type ProjectStatus = 'active' | 'archived';

export interface Project {
  id: number;
  name: string;
  description: string;
  client_id: number | null;
  status: ProjectStatus;
  billable: boolean;
  /** Financial fields: present only from the view_financials level on the project. */
  hourly_rate?: number | null;
  budget_amount?: number | null;
  currency?: string;
  /** The caller's level, as the response value (collaboration, time_logging, financial, admin; docs/api/participations.md#levels). */
  access_level: string;
  created_at: string;
  updated_at: string;
}

export interface ProjectList {
  projects: Project[];
  pagination: PaginationInfo;
}

export interface ProjectInput {
  name?: string;
  description?: string;
  client_id?: number | null;
  billable?: boolean;
  hourly_rate?: number | null;
  budget_amount?: number | null;
  currency?: string;
  status?: ProjectStatus;
}

export interface ClientOption {
  id: number;
  name: string;
  status: 'active' | 'archived';
}
