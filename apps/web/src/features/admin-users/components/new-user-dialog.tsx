import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ErrorMessage } from '@/components/ui/error-message';
import { QueryState } from '@/components/ui/query-state';
import { TextField } from '@/components/ui/text-field';
import { useAccess, useMyPermissions } from '@/lib/access';
import { useRoles } from '@/features/admin-roles';
import { useCreateUser } from '../api/create-user';
import type { CreateUserInput } from '../api/types';
import type { User } from '../api/types';
import { formFieldError } from '../lib/conflict-field';
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
  const [form, setForm] = useState({ name: '', email: '', password: '' });
  const [draft, setDraft] = useState<Draft>({});
  const [roleErrors, setRoleErrors] = useState<Record<number, string>>({});
  const create = useCreateUser();
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  const close = () => {
    setForm({ name: '', email: '', password: '' });
    setDraft({});
    setRoleErrors({});
    create.reset();
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input: CreateUserInput = { ...form };
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
        <TextField
          label="Name"
          name="name"
          autoComplete="off"
          required
          maxLength={200}
          value={form.name}
          onChange={set('name')}
          error={formFieldError(create.error, 'name')}
        />
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="off"
          required
          value={form.email}
          onChange={set('email')}
          error={formFieldError(create.error, 'email')}
        />
        <TextField
          label="Initial password (at least 10 characters)"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          value={form.password}
          onChange={set('password')}
          error={formFieldError(create.error, 'password')}
        />
        {pickRoles ? (
          <fieldset>
            <legend className="text-sm font-medium text-slate-700">Roles</legend>
            <p className="mb-2 text-xs text-slate-500">None ticked: the user gets the default role.</p>
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
        <div className="flex justify-end gap-2 pt-2">
          <Button variant="secondary" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" disabled={create.isPending}>
            {create.isPending ? 'Creating…' : 'Create user'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
