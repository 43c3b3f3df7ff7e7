import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { TokenStatus } from '../api/types';

const TONE = { active: 'green', expired: 'yellow', revoked: 'red' } satisfies Record<TokenStatus, BadgeTone>;
const LABEL = { active: 'Active', expired: 'Expired', revoked: 'Revoked' } satisfies Record<TokenStatus, string>;

export function TokenStatusBadge({ status }: { status: TokenStatus }) {
  return <Badge tone={TONE[status]}>{LABEL[status]}</Badge>;
}
