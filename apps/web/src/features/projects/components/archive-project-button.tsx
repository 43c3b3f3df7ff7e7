import { ConfirmButton } from '@/components/projects/confirm-button';
import { useArchiveProject } from '../api/archive-project';
import { useUpdateProject } from '../api/update-project';
import type { Project } from '../api/types';

/** Archive (DELETE) an active project, or restore an archived one (PUT status). */
export function ArchiveProjectButton({ project }: { project: Project }) {
  const archive = useArchiveProject(project.id);
  const restore = useUpdateProject(project.id);
  const archiving = project.status === 'active';
  return (
    <ConfirmButton
      label={archiving ? 'Archive' : 'Restore'}
      variant={archiving ? 'danger' : 'secondary'}
      title={archiving ? `Archive “${project.name}”?` : `Restore “${project.name}”?`}
      confirmLabel={archiving ? 'Archive project' : 'Restore project'}
      tone={archiving ? 'danger' : 'primary'}
      mutation={archiving ? archive : restore}
      onConfirm={(close) =>
        archiving ? archive.mutate(undefined, { onSuccess: close }) : restore.mutate({ status: 'active' }, { onSuccess: close })
      }
    >
      {archiving
        ? 'Archived projects keep their time, expenses and members, but take no new members and leave the active lists. You can restore it later.'
        : 'The project becomes active again and shows in the active lists.'}
    </ConfirmButton>
  );
}
