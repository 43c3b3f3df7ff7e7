import { PERMISSION_NAMES } from '@timekeeper/shared';
import { useMemo, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ErrorMessage } from '@/components/ui/error-message';
import { TextField } from '@/components/ui/text-field';
import { useAccess, useMyPermissions } from '@/lib/access';
import { fieldError } from '@/lib/field-errors';
import { useCreateRole } from '../api/create-role';
import type { Role } from '../api/types';
import type { RolePatch } from '../api/types';
import { useUpdateRole } from '../api/update-role';
import { diffPermissions, isEmptyDiff } from '../lib/permission-sets';
import { PermissionPicker } from './permission-picker';
import { RoleDiffSummary } from './role-diff-summary';

interface RoleEditorProps {
  /** The role to edit, or null to create a custom role. */
  role: Role | null;
  onDone: () => void;
  onCancel: () => void;
}

/**
 * Create or edit a role. Read-only without manage_roles, and for system roles without
 * manage_permissions. Saves only what changed: a PATCH carries `permissions` only when the
 * set differs, so a description edit never touches the permissions.
 */
export function RoleEditor({ role, onDone, onCancel }: RoleEditorProps) {
  const access = useAccess();
  const me = useMyPermissions();
  const held = useMemo(() => new Set<string>(me.data?.permissions ?? []), [me.data]);
  const [name, setName] = useState(role?.name ?? '');
  const [description, setDescription] = useState(role?.description ?? '');
  const [selected, setSelected] = useState<Set<string>>(() => new Set(role?.permissions ?? []));
  const create = useCreateRole();
  const update = useUpdateRole();
  const mutation = role ? update : create;

  const systemLocked = role?.is_system_role === true && !access.can('manage_permissions');
  const readOnly = !access.can('manage_roles') || systemLocked;
  const diff = diffPermissions(role?.permissions ?? [], selected);
  const permissions = PERMISSION_NAMES.filter((p) => selected.has(p));

  const patch: RolePatch = {};
  if (role) {
    if (!role.is_system_role && name !== role.name) patch.name = name;
    if (description !== role.description) patch.description = description;
    if (!isEmptyDiff(diff)) patch.permissions = permissions;
  }
  const unchanged = role !== null && Object.keys(patch).length === 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (readOnly || unchanged) return;
    if (role) update.mutate({ id: role.id, patch }, { onSuccess: onDone });
    else create.mutate({ name, description, permissions }, { onSuccess: onDone });
  };

  return (
    <form onSubmit={submit} className="space-y-4" aria-label={role ? `Role ${role.name}` : 'New role'}>
      {readOnly ? (
        <Alert tone="info" title="Read only">
          {systemLocked
            ? 'System roles change only with the manage_permissions permission.'
            : 'Editing roles needs the manage_roles permission.'}
        </Alert>
      ) : null}
      {mutation.error ? <ErrorMessage error={mutation.error} title="The role was not saved" /> : null}
      <TextField
        label="Name"
        name="name"
        required
        value={name}
        onChange={(e) => setName(e.target.value)}
        disabled={readOnly || role?.is_system_role}
        pattern="[a-z][a-z0-9_]{1,49}"
        title="Lowercase letters, digits and underscores, starting with a letter"
        error={fieldError(mutation.error, 'name')}
      />
      {role?.is_system_role ? <p className="-mt-3 text-xs text-fg-subtle">System roles cannot be renamed.</p> : null}
      <TextField
        label="Description"
        name="description"
        maxLength={500}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        disabled={readOnly}
        error={fieldError(mutation.error, 'description')}
      />
      <div>
        <h3 className="text-sm font-medium text-fg-secondary">Permissions ({selected.size})</h3>
        <p className="mb-2 text-xs text-fg-subtle">You can add only permissions you hold yourself.</p>
        <PermissionPicker selected={selected} onChange={setSelected} held={held} readOnly={readOnly} />
      </div>
      {role ? <RoleDiffSummary diff={diff} userCount={role.user_count} /> : null}
      <div className="sticky bottom-0 -mx-1 flex flex-wrap justify-end gap-2 bg-surface px-1 py-3">
        <Button variant="secondary" onClick={onCancel}>
          {readOnly ? 'Close' : 'Cancel'}
        </Button>
        {readOnly ? null : (
          <Button type="submit" disabled={mutation.isPending || unchanged}>
            {mutation.isPending ? 'Saving…' : role ? 'Save changes' : 'Create role'}
          </Button>
        )}
      </div>
    </form>
  );
}
