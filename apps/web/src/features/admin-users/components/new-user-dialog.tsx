import { useState, type FormEvent } from 'react';
import { Dialog } from '@/components/ui/dialog';
import { ErrorMessage } from '@/components/ui/error-message';
import { FormActions } from '@/components/ui/form-actions';
import { QueryState } from '@/components/ui/query-state';
import { TextField } from '@/components/ui/text-field';
import { useAccess, useMyPermissions } from '@/lib/access';
import { fieldOrConflictError } from '@/lib/field-errors';
import { useFormFields } from '@/lib/use-form-fields';
import { useRoles } from '@/features/admin-roles';
import { useCreateUser } from '../api/create-user';
import type { CreateUserInput, User } from '../api/types';
import { buildAssignments, type Draft } from '../lib/role-assignment';
import { RoleAssignmentFields } from './role-assignment-fields';

interface NewUserDialogProps {
  open: boolean;
  onClose: () => void;
  onCreated: (user: User) => void;
}

/** Create a user (create_users); the roles picker appears only with manage_user_roles. */
export function NewUserDialog({ open, onClose, onCreated }: NewUserDialogProps) {
  const pickRoles = useAccess().can('manage_user_roles');
  const me = useMyPermissions();
  const roles = useRoles({ enabled: open && pickRoles });
  const [draft, setDraft] = useState<Draft>({});
  const [roleErrors, setRoleErrors] = useState<Record<number, string>>({});
  const create = useCreateUser();
  const form = useFormFields({ name: '', email: '', password: '' }, (name) => fieldOrConflictError(create.error, name));
  const close = () => {
    form.reset();
    setDraft({});
    setRoleErrors({});
    create.reset();
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input: CreateUserInput = { ...form.values };
    if (pickRoles) {
      const built = buildAssignments(draft, []);
      setRoleErrors(built.errors);
      if (Object.keys(built.errors).length > 0) return;
      // Nothing ticked: leave `roles` out, so the API gives its default role.
      if (built.assignments.length > 0) input.roles = built.assignments;
    }
    create.mutate(input, {
      onSuccess: (user) => {
        close();
        onCreated(user);
      },
    });
  };

  return (
    <Dialog open={open} onOpenChange={(o) => !o && close()} title="New user" description="The user signs in with this email and password.">
      <form onSubmit={submit} className="space-y-3">
        {create.error ? <ErrorMessage error={create.error} title="The user was not created" /> : null}
        <TextField label="Name" autoComplete="off" required maxLength={200} {...form.field('name')} />
        <TextField label="Email" type="email" autoComplete="off" required {...form.field('email')} />
        <TextField
          label="Initial password (at least 10 characters)"
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          {...form.field('password')}
        />
        {pickRoles ? (
          <fieldset>
            <legend className="text-sm font-medium text-fg-secondary">Roles</legend>
            <p className="mb-2 text-xs text-fg-subtle">None ticked: the user gets the default role.</p>
            <QueryState query={roles} loadingLabel="Loading roles…">
              {(data) => (
                <RoleAssignmentFields
                  roles={data.roles}
                  draft={draft}
                  onChange={setDraft}
                  held={new Set(me.data?.permissions ?? [])}
                  errors={roleErrors}
                />
              )}
            </QueryState>
          </fieldset>
        ) : null}
        <FormActions
          className="flex justify-end gap-2 pt-2"
          onCancel={close}
          pending={create.isPending}
          submitLabel="Create user"
          pendingLabel="Creating…"
        />
      </form>
    </Dialog>
  );
}
