import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ErrorMessage } from '@/components/ui/error-message';
import { fieldError } from '@/lib/field-errors';
import { useCreateParticipation } from '../api/create-participation';
import { createBody, DEFAULT_ACCESS, grantableLevels } from '../lib/member-access';
import { MemberAccessFields } from './member-access-fields';
import { UserPicker } from './user-picker';

interface AddMemberDialogProps {
  projectId: number;
  /** manage_members on the project: any level, with flags. Otherwise (invite_members) up to `ownLevel`. */
  canManage: boolean;
  ownLevel: string | undefined;
  canSearchUsers: boolean;
  memberIds?: ReadonlySet<number>;
}

export function AddMemberDialog({ projectId, canManage, ownLevel, canSearchUsers, memberIds }: AddMemberDialogProps) {
  const [open, setOpen] = useState(false);
  const [userId, setUserId] = useState('');
  const [access, setAccess] = useState(DEFAULT_ACCESS);
  const [missingUser, setMissingUser] = useState(false);
  const create = useCreateParticipation(projectId);
  const levels = grantableLevels(canManage, ownLevel);

  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (!next) {
      setUserId('');
      setAccess(DEFAULT_ACCESS);
      setMissingUser(false);
      create.reset();
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMissingUser(userId === '');
    if (userId === '') return;
    create.mutate(createBody(projectId, Number(userId), access, canManage), { onSuccess: () => onOpenChange(false) });
  };
  return (
    <>
      <Button onClick={() => setOpen(true)}>{canManage ? 'Add member' : 'Invite member'}</Button>
      <Dialog open={open} onOpenChange={onOpenChange} title={canManage ? 'Add a member' : 'Invite a member'}>
        <form onSubmit={submit} noValidate className="space-y-4">
          {create.error ? <ErrorMessage error={create.error} title="The member was not added" /> : null}
          <UserPicker
            canSearch={canSearchUsers}
            memberIds={memberIds}
            value={userId}
            onChange={setUserId}
            error={missingUser ? 'Choose the person to add.' : fieldError(create.error, 'user_id')}
          />
          <MemberAccessFields value={access} onChange={setAccess} levels={levels} flagsEditable={canManage} error={create.error} />
          <div className="flex flex-wrap justify-end gap-2">
            <Button variant="secondary" onClick={() => onOpenChange(false)}>
              Cancel
            </Button>
            <Button type="submit" disabled={create.isPending}>
              {create.isPending ? 'Adding…' : 'Add to project'}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
