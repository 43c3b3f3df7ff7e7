import { PERMISSIONS, permissionLabel, permissionsByCategory } from '@timekeeper/shared';
import { Check } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { QueryState } from '@/components/ui/query-state';
import { heldPermissions, useMyPermissions, type MyPermissions, type RoleRef } from '@/lib/access';
import { ProfileCard } from './profile-card';
import { useDates } from '@/lib/time-settings';

const roleLabel = (name: string) => name.replace(/_/g, ' ');

function RoleBadges({ roles, legacyRole }: { roles: RoleRef[]; legacyRole: string | null }) {
  const { formatDateTime } = useDates();
  if (roles.length === 0 && !legacyRole) return <p className="text-sm text-fg-muted">You hold no roles.</p>;
  return (
    <ul className="flex flex-wrap gap-2" aria-label="Your roles">
      {roles.map((role) => (
        <li key={role.id}>
          <Badge tone={role.is_system_role ? 'blue' : 'gray'} title={role.is_system_role ? 'System role' : 'Custom role'}>
            {roleLabel(role.name)}
            {role.expires_at ? ` · until ${formatDateTime(role.expires_at)}` : ''}
          </Badge>
        </li>
      ))}
      {legacyRole ? (
        <li>
          <Badge tone="yellow" title="Legacy role: converted into role assignments by seed-permissions">
            legacy: {legacyRole}
          </Badge>
        </li>
      ) : null}
    </ul>
  );
}

/** Long lists (an administrator holds ~70) start folded; a few permissions show at once. */
const OPEN_UP_TO = 20;

function PermissionGroups({ data }: { data: MyPermissions }) {
  const held = heldPermissions(data);
  const groups = permissionsByCategory().map((c) => ({ ...c, held: c.permissions.filter((p) => held.has(p)) }));
  const none = groups.filter((g) => g.held.length === 0);
  const open = held.size <= OPEN_UP_TO;
  return (
    <div className="space-y-2">
      {groups
        .filter((g) => g.held.length > 0)
        .map((group) => (
          <details key={group.name} open={open} className="group rounded-md px-1">
            <summary className="cursor-pointer rounded-sm py-1 text-sm font-semibold text-fg focus:outline-none focus-visible:ring-2 focus-visible:ring-focus">
              {group.label}{' '}
              <span className="font-normal text-fg-subtle">
                ({group.held.length} of {group.permissions.length})
              </span>
            </summary>
            <ul className="mb-2 mt-1 space-y-1">
              {group.held.map((p) => (
                <li key={p} className="flex gap-2 text-sm">
                  <Check aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-success-fg" />
                  <span>
                    <span className="font-medium text-fg">{permissionLabel(p)}</span>{' '}
                    <span className="text-fg-muted">— {PERMISSIONS[p].description}</span>
                  </span>
                </li>
              ))}
            </ul>
          </details>
        ))}
      {none.length > 0 ? <p className="text-sm text-fg-subtle">Nothing in: {none.map((g) => g.label).join(', ')}.</p> : null}
    </div>
  );
}

/** Your roles and the effective permissions they add up to (GET /users/me/permissions). */
export function MyAccessCard({ legacyRole }: { legacyRole: string | null }) {
  const permissions = useMyPermissions();
  return (
    <ProfileCard title="Your roles and permissions" description="What your roles add up to. Only an administrator can change them.">
      <QueryState query={permissions} loadingLabel="Loading your permissions…">
        {(data) => (
          <div className="space-y-5">
            <RoleBadges roles={data.roles} legacyRole={legacyRole} />
            <PermissionGroups data={data} />
          </div>
        )}
      </QueryState>
    </ProfileCard>
  );
}
