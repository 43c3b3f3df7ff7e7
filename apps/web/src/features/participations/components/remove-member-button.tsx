import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useDeleteParticipation } from '../api/delete-participation';
import type { Participation } from '../api/types';

/** Remove a member (manage_members), or leave the project oneself. The API keeps one admin (409, shown). */
export function RemoveMemberButton({ member, self }: { member: Participation; self: boolean }) {
  const [open, setOpen] = useState(false);
  const remove = useDeleteParticipation(member.project_id);
  const navigate = useNavigate();
  const onOpenChange = (next: boolean) => {
    if (!next) remove.reset();
    setOpen(next);
  };
  const confirm = () =>
    remove.mutate(member.id, {
      onSuccess: () => {
        setOpen(false);
        // Having left, one may no longer see the project.
        if (self) navigate('/projects');
      },
    });
  return (
    <>
      <Button
        variant="secondary"
        className={`px-2 py-1 text-xs ${self ? '' : 'text-red-700'}`}
        onClick={() => setOpen(true)}
        aria-label={self ? 'Leave project' : `Remove ${member.user.name}`}
      >
        {self ? 'Leave project' : 'Remove'}
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={onOpenChange}
        title={self ? 'Leave this project?' : `Remove ${member.user.name}?`}
        confirmLabel={self ? 'Leave project' : 'Remove member'}
        pending={remove.isPending}
        error={remove.error}
        onConfirm={confirm}
      >
        {self
          ? 'You lose the access this membership gives you. Your time and expenses stay on the project.'
          : `${member.user.name} loses the access this membership gives. Their time and expenses stay on the project.`}
      </ConfirmDialog>
    </>
  );
}
