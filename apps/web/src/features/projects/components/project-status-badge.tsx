import { Badge } from '@/components/ui/badge';
import type { ProjectStatus } from '../api/types';

export function ProjectStatusBadge({ status }: { status: ProjectStatus }) {
  return status === 'active' ? <Badge tone="green">Active</Badge> : <Badge tone="gray">Archived</Badge>;
}
