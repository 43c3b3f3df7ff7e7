import { useId, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { ExpandButton } from '@/components/ui/expand-button';
import { useAccess } from '@/lib/access';
import type { Role } from '../api/types';
import { plural } from '../lib/format';
import { PermissionChecklist } from './permission-checklist';
import { RoleBadge } from './role-badge';

interface RoleRowProps {
  role: Role;
  onEdit: (role: Role) => void;
  onDelete: (role: Role) => void;
}

/** One role: name, badge, description, counts, and its permissions on demand. */
export function RoleRow({ role, onEdit, onDelete }: RoleRowProps) {
  const access = useAccess();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const editable = access.can('manage_roles') && (!role.is_system_role || access.can('manage_permissions'));
  const users = plural(role.user_count, 'user');

  return (
    <li className="rounded-lg bg-surface shadow-sm ring-1 ring-line">
      <div className="flex flex-wrap items-start gap-3 p-4">
        <ExpandButton
          className="mt-0.5"
          size="md"
          expanded={open}
          controls={panelId}
          label={`Permissions of ${role.name}`}
          onToggle={() => setOpen((v) => !v)}
        />
        <div className="min-w-0 flex-1">
          <div className="flex flex-wrap items-center gap-2">
            <h2 className="font-semibold text-fg">{role.name}</h2>
            <RoleBadge name={role.is_system_role ? 'system' : 'custom'} isSystem={role.is_system_role} />
          </div>
          {role.description ? <p className="mt-1 text-sm text-fg-muted">{role.description}</p> : null}
          <p className="mt-1 text-sm text-fg-muted">
            <button
              type="button"
              className="underline-offset-2 hover:underline focus:outline-none focus-visible:ring-2 focus-visible:ring-focus"
              onClick={() => setOpen((v) => !v)}
            >
              {plural(role.permissions.length, 'permission')}
            </button>
            {' · '}
            {access.can('view_users') ? (
              <Link
                to={`/admin/users?role=${encodeURIComponent(role.name)}`}
                className="font-medium text-accent-fg underline-offset-2 hover:underline focus:outline-none focus-visible:ring-2 focus-visible:ring-focus"
                aria-label={`${users} with the ${role.name} role`}
              >
                {users}
              </Link>
            ) : (
              users
            )}
          </p>
        </div>
        <div className="flex gap-2">
          {access.can('manage_roles') ? (
            <Button variant="secondary" onClick={() => onEdit(role)} aria-label={`${editable ? 'Edit' : 'View'} ${role.name}`}>
              {editable ? 'Edit' : 'View'}
            </Button>
          ) : null}
          {access.can('manage_roles') && !role.is_system_role ? (
            <Button variant="danger" onClick={() => onDelete(role)} aria-label={`Delete ${role.name}`}>
              Delete
            </Button>
          ) : null}
        </div>
      </div>
      <div id={panelId} hidden={!open} className="border-t border-line-subtle bg-surface-muted p-4">
        {open ? <PermissionChecklist held={role.permissions} markImplied /> : null}
      </div>
    </li>
  );
}
