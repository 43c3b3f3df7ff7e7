import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ErrorMessage } from '@/components/ui/error-message';
import { QueryState } from '@/components/ui/query-state';
import { useMyPermissions } from '@/lib/access';
import { isApiError } from '@/lib/api-client';
import { useRoles } from '@/features/admin-roles';
import { useSetUserRoles } from '../api/set-user-roles';
import type { User } from '../api/types';
import { assignmentsChanged, buildAssignments, draftFrom, type Draft, type RoleIdAssignment } from '../lib/role-assignment';
import { RoleAssignmentFields } from './role-assignment-fields';

/** API field errors (`body.roles.N.expires_at`) mapped back onto the role of line N. */
function apiErrorsByRole(error: unknown, sent: RoleIdAssignment[]): Record<number, string> {
  const out: Record<number, string> = {};
  if (!isApiError(error)) return out;
  for (const e of error.fieldErrors) {
    const m = /roles[./](\d+)/.exec(e.path);
    const a = m ? sent[Number(m[1])] : undefined;
    if (a) out[a.role] = e.message;
  }
  return out;
}

/** Replace a user's role assignments, each with an optional expiry (manage_user_roles). */
export function RoleAssignmentForm({ user }: { user: User }) {
  const roles = useRoles();
  const me = useMyPermissions();
  const held = new Set<string>(me.data?.permissions ?? []);
  const [draft, setDraft] = useState<Draft>(() => draftFrom(user.roles));
  const [errors, setErrors] = useState<Record<number, string>>({});
  const [sent, setSent] = useState<RoleIdAssignment[]>([]);
  const save = useSetUserRoles();

  if (me.data?.user_id === user.id) {
    return <Alert tone="info">You cannot change your own roles; ask another administrator.</Alert>;
  }

  const { assignments } = buildAssignments(draft, user.roles);
  const changed = assignmentsChanged(assignments, user.roles);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const built = buildAssignments(draft, user.roles);
    setErrors(built.errors);
    if (Object.keys(built.errors).length > 0) return;
    setSent(built.assignments);
    save.mutate({ id: user.id, roles: built.assignments }, { onSuccess: (saved) => setDraft(draftFrom(saved.roles)) });
  };
  const onChange = (next: Draft) => {
    setDraft(next);
    setErrors({});
    if (save.isSuccess || save.isError) save.reset();
  };

  // noValidate: our own messages explain a past expiry better than the browser's bubble for `min`.
  return (
    <QueryState query={roles} loadingLabel="Loading roles…">
      {(data) => (
        <form onSubmit={submit} noValidate className="space-y-3" aria-label="Role assignments">
          <p className="text-sm text-fg-muted">Ticked roles replace the user&apos;s current set. Changes apply from their next request.</p>
          {save.error ? <ErrorMessage error={save.error} title="Roles not saved" /> : null}
          {save.isSuccess ? <Alert tone="success">Roles saved.</Alert> : null}
          <RoleAssignmentFields
            roles={data.roles}
            draft={draft}
            onChange={onChange}
            held={held}
            current={user.roles}
            errors={{ ...apiErrorsByRole(save.error, sent), ...errors }}
            disabled={save.isPending}
          />
          <div className="flex justify-end gap-2">
            <Button variant="secondary" disabled={save.isPending} onClick={() => onChange(draftFrom(user.roles))}>
              Reset
            </Button>
            <Button type="submit" disabled={save.isPending || !changed}>
              {save.isPending ? 'Saving…' : 'Save roles'}
            </Button>
          </div>
        </form>
      )}
    </QueryState>
  );
}
