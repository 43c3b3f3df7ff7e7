import { useState } from 'react';
import { FormDialog, useFormDialog } from '@/components/projects/form-dialog';
import { Button } from '@/components/ui/button';
import { fieldError } from '@/lib/field-errors';
import { useCreateParticipation } from '../api/create-participation';
import { createBody, DEFAULT_ACCESS, grantableLevels } from '../lib/member-access';
import { MemberAccessFields } from './member-access-fields';
import type { PersonOption } from '../api/search-people';
import { UserPicker } from './user-picker';

interface AddMemberDialogProps {
  projectId: number;
  /** manage_members on the project: any level, with flags. Otherwise (invite_members) up to `ownLevel`. */
  canManage: boolean;
  ownLevel: string | undefined;
  memberIds?: ReadonlySet<number>;
}

const EMPTY = { person: null as PersonOption | null, access: DEFAULT_ACCESS };

export function AddMemberDialog({ projectId, canManage, ownLevel, memberIds }: AddMemberDialogProps) {
  const create = useCreateParticipation(projectId);
  const dialog = useFormDialog(() => EMPTY, create);
  const [missingUser, setMissingUser] = useState(false);
  const { person, access } = dialog.values;
  const levels = grantableLevels(canManage, ownLevel);

  const onOpenChange = (next: boolean) => {
    setMissingUser(false);
    dialog.onOpenChange(next);
  };
  const submit = () => {
    setMissingUser(person === null);
    if (person === null) return;
    create.mutate(createBody(projectId, person.id, access, canManage), { onSuccess: () => onOpenChange(false) });
  };
  return (
    <>
      <Button onClick={() => onOpenChange(true)}>{canManage ? 'Add member' : 'Invite member'}</Button>
      <FormDialog
        open={dialog.open}
        onOpenChange={onOpenChange}
        title={canManage ? 'Add a member' : 'Invite a member'}
        mutation={create}
        errorTitle="The member was not added"
        submitLabel="Add to project"
        pendingLabel="Adding…"
        onSubmit={submit}
        noValidate
      >
        <UserPicker
          memberIds={memberIds}
          value={person}
          onChange={(next) => dialog.setValues((v) => ({ ...v, person: next }))}
          error={missingUser ? 'Choose the person to add.' : fieldError(create.error, 'user_id')}
        />
        <MemberAccessFields
          value={access}
          onChange={(next) => dialog.setValues((v) => ({ ...v, access: next }))}
          levels={levels}
          flagsEditable={canManage}
          error={create.error}
        />
      </FormDialog>
    </>
  );
}
