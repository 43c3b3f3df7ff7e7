import type { User } from '../api/types';
import { LegacyRoleBadge, RoleBadge } from '@/features/admin-roles';

/** Blue system roles, gray custom roles; the yellow legacy role only when there are no roles. */
export function UserRoleBadges({ user }: { user: Pick<User, 'roles' | 'legacy_role'> }) {
  if (user.roles.length === 0) {
    return user.legacy_role ? <LegacyRoleBadge role={user.legacy_role} /> : <span className="text-sm text-fg-subtle">No roles</span>;
  }
  return (
    <span className="flex flex-wrap gap-1">
      {user.roles.map((r) => (
        <RoleBadge key={r.id} name={r.name} isSystem={r.is_system_role} expiresAt={r.expires_at} />
      ))}
    </span>
  );
}
