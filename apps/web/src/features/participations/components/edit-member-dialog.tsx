import { PROJECT_LEVELS } from '@timekeeper/shared';
import { FormDialog, useFormDialog } from '@/components/projects/form-dialog';
import { Button } from '@/components/ui/button';
import { useUpdateParticipation } from '../api/update-participation';
import type { Participation } from '../api/types';
import { accessOf, updateBody } from '../lib/member-access';
import { MemberAccessFields } from './member-access-fields';

/** Change a member's level and flags (manage_members). */
export function EditMemberDialog({ member }: { member: Participation }) {
  const update = useUpdateParticipation(member.project_id);
  const dialog = useFormDialog(() => accessOf(member), update);
  const submit = () => update.mutate({ id: member.id, body: updateBody(dialog.values) }, { onSuccess: () => dialog.onOpenChange(false) });
  return (
    <>
      <Button
        variant="secondary"
        className="px-2 py-1 text-xs"
        onClick={() => dialog.onOpenChange(true)}
        aria-label={`Change access of ${member.user.name}`}
      >
        Change
      </Button>
      <FormDialog
        open={dialog.open}
        onOpenChange={dialog.onOpenChange}
        title={`Access of ${member.user.name}`}
        description={member.user.email}
        mutation={update}
        errorTitle="The access was not changed"
        submitLabel="Save"
        pendingLabel="Saving…"
        onSubmit={submit}
      >
        <MemberAccessFields value={dialog.values} onChange={dialog.setValues} levels={PROJECT_LEVELS} flagsEditable error={update.error} />
      </FormDialog>
    </>
  );
}
