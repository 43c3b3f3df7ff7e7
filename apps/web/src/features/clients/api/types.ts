import type { PaginationInfo } from '@/components/ui/pagination';

export type ClientStatus = 'active' | 'archived';

export interface Client {
  id: number;
  name: string;
  email: string | null;
  phone: string | null;
  address: string | null;
  status: ClientStatus;
  /** Internal notes: present only for holders of manage_client_notes. */
  notes?: string;
  project_count: number;
  created_at: string;
  updated_at: string;
}

export interface ClientList {
  clients: Client[];
  pagination: PaginationInfo;
}

export interface ClientFilters {
  status?: ClientStatus | 'all';
  q?: string;
  page?: number;
}

export interface ClientBody {
  name: string;
  email: string | null;
  phone: string | null;
  address: string | null;
  /** Send only with manage_client_notes (the API answers 403 otherwise). */
  notes?: string;
  /** Updates only: archive or restore. */
  status?: ClientStatus;
}
