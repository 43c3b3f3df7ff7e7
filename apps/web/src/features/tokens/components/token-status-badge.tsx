import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { TokenStatus } from '../api/types';

const LABEL = { active: 'Active', expired: 'Expired', revoked: 'Revoked' } satisfies Record<TokenStatus, string>;

/** A token's status; an expired token shows yellow to its owner (act on it), gray in the administration's list. */
export function TokenStatusBadge({ status, expiredTone = 'yellow' }: { status: TokenStatus; expiredTone?: BadgeTone }) {
  const tone = { active: 'green', expired: expiredTone, revoked: 'red' } satisfies Record<TokenStatus, BadgeTone>;
  return <Badge tone={tone[status]}>{LABEL[status]}</Badge>;
}
