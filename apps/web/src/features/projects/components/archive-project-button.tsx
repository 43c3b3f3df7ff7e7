import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { useArchiveProject } from '../api/archive-project';
import { useUpdateProject } from '../api/update-project';
import type { Project } from '../api/types';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';

/** Archive (DELETE) an active project, or restore an archived one (PUT status). */
export function ArchiveProjectButton({ project }: { project: Project }) {
  const [open, setOpen] = useState(false);
  const archive = useArchiveProject(project.id);
  const restore = useUpdateProject(project.id);
  const archiving = project.status === 'active';
  const mutation = archiving ? archive : restore;

  const onOpenChange = (next: boolean) => {
    if (!next) {
      archive.reset();
      restore.reset();
    }
    setOpen(next);
  };
  const confirm = () => {
    const done = { onSuccess: () => setOpen(false) };
    if (archiving) archive.mutate(undefined, done);
    else restore.mutate({ status: 'active' }, done);
  };
  return (
    <>
      <Button variant={archiving ? 'danger' : 'secondary'} onClick={() => setOpen(true)}>
        {archiving ? 'Archive' : 'Restore'}
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={onOpenChange}
        title={archiving ? `Archive “${project.name}”?` : `Restore “${project.name}”?`}
        confirmLabel={archiving ? 'Archive project' : 'Restore project'}
        tone={archiving ? 'danger' : 'primary'}
        pending={mutation.isPending}
        error={mutation.error}
        onConfirm={confirm}
      >
        {archiving
          ? 'Archived projects keep their time, expenses and members, but take no new members and leave the active lists. You can restore it later.'
          : 'The project becomes active again and shows in the active lists.'}
      </ConfirmDialog>
    </>
  );
}
