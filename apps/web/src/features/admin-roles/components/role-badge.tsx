import { Clock } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { isPast } from '@/lib/dates';
import { useDates } from '@/lib/time-settings';

interface RoleBadgeProps {
  name: string;
  isSystem: boolean;
  /** An assignment's expiry: shown with a clock; a past one is struck through. */
  expiresAt?: string | null;
}

/** Blue for system roles, gray for custom ones. */
export function RoleBadge({ name, isSystem, expiresAt }: RoleBadgeProps) {
  const { formatDate } = useDates();
  const kind = isSystem ? 'System role' : 'Custom role';
  const expired = isPast(expiresAt);
  const when = expiresAt ? (expired ? `expired on ${formatDate(expiresAt)}` : `until ${formatDate(expiresAt)}`) : null;
  return (
    <Badge tone={isSystem ? 'blue' : 'gray'} title={when ? `${kind}, ${when}` : kind}>
      <span className={expired ? 'line-through opacity-70' : undefined}>{name}</span>
      {expiresAt ? <Clock aria-hidden="true" className="ml-1 size-3" /> : null}
      {when ? <span className="sr-only">, {when}</span> : null}
    </Badge>
  );
}

export const LEGACY_HINT = 'legacy role — run pnpm cli seed-permissions';

/** The old single-role column, for users nobody has migrated to role assignments yet. */
export function LegacyRoleBadge({ role }: { role: string }) {
  return (
    <span className="inline-flex flex-col items-start gap-0.5">
      <Badge tone="yellow" title={LEGACY_HINT}>
        legacy: {role}
      </Badge>
      <span className="text-xs text-warning-fg">{LEGACY_HINT}</span>
    </span>
  );
}
