import { Badge } from '@/components/ui/badge';

export function UserStatusBadge({ active }: { active: boolean }) {
  return <Badge tone={active ? 'green' : 'red'}>{active ? 'Active' : 'Deactivated'}</Badge>;
}
