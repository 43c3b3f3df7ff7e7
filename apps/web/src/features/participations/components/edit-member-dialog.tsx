import { PROJECT_LEVELS } from '@timekeeper/shared';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ErrorMessage } from '@/components/ui/error-message';
import { useUpdateParticipation } from '../api/update-participation';
import type { Participation } from '../api/types';
import { accessOf, updateBody } from '../lib/member-access';
import { MemberAccessFields } from './member-access-fields';

/** Change a member's level and flags (manage_members). */
export function EditMemberDialog({ member }: { member: Participation }) {
  const [open, setOpen] = useState(false);
  const [access, setAccess] = useState(() => accessOf(member));
  const update = useUpdateParticipation(member.project_id);

  const onOpenChange = (next: boolean) => {
    if (next) setAccess(accessOf(member));
    else update.reset();
    setOpen(next);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate({ id: member.id, body: updateBody(access) }, { onSuccess: () => setOpen(false) });
  };
  return (
    <>
      <Button
        variant="secondary"
        className="px-2 py-1 text-xs"
        onClick={() => onOpenChange(true)}
        aria-label={`Change access of ${member.user.name}`}
      >
        Change
      </Button>
      <Dialog open={open} onOpenChange={onOpenChange} title={`Access of ${member.user.name}`} description={member.user.email}>
        <form onSubmit={submit} className="space-y-4">
          {update.error ? <ErrorMessage error={update.error} title="The access was not changed" /> : null}
          <MemberAccessFields value={access} onChange={setAccess} levels={PROJECT_LEVELS} flagsEditable error={update.error} />
          <div className="flex flex-wrap justify-end gap-2">
            <Button variant="secondary" onClick={() => onOpenChange(false)}>
              Cancel
            </Button>
            <Button type="submit" disabled={update.isPending}>
              {update.isPending ? 'Saving…' : 'Save'}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
