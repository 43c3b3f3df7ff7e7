import { useNavigate } from 'react-router';
import { ConfirmButton } from '@/components/projects/confirm-button';
import { useDeleteParticipation } from '../api/delete-participation';
import type { Participation } from '../api/types';

/** Remove a member (manage_members), or leave the project oneself. The API keeps one admin (409, shown). */
export function RemoveMemberButton({ member, self }: { member: Participation; self: boolean }) {
  const remove = useDeleteParticipation(member.project_id, self);
  const navigate = useNavigate();
  const confirm = (close: () => void) =>
    remove.mutate(member, {
      onSuccess: () => {
        close();
        // Having left, one may no longer see the project.
        if (self) navigate('/projects');
      },
    });
  return (
    <ConfirmButton
      label={self ? 'Leave project' : 'Remove'}
      variant="secondary"
      className={`px-2 py-1 text-xs ${self ? '' : 'text-danger-fg'}`}
      ariaLabel={self ? 'Leave project' : `Remove ${member.user.name}`}
      title={self ? 'Leave this project?' : `Remove ${member.user.name}?`}
      confirmLabel={self ? 'Leave project' : 'Remove member'}
      mutation={remove}
      onConfirm={confirm}
    >
      {self
        ? 'You lose the access this membership gives you. Your time and expenses stay on the project.'
        : `${member.user.name} loses the access this membership gives. Their time and expenses stay on the project.`}
    </ConfirmButton>
  );
}
