import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ErrorMessage } from '@/components/ui/error-message';
import { useUpdateProject } from '../api/update-project';
import type { ClientOption, Project } from '../api/types';
import { ProjectDetailsFields, type DetailValues } from './project-details-fields';

const detailsOf = (p: Project): DetailValues => ({
  name: p.name,
  description: p.description,
  client_id: p.client_id?.toString() ?? '',
  billable: p.billable,
});

/** "Edit details": name, description, client, billable. The API may still refuse (403, shown here). */
export function EditProjectDialog({ project, clients }: { project: Project; clients: ClientOption[] | null }) {
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState(() => detailsOf(project));
  const update = useUpdateProject(project.id);

  const onOpenChange = (next: boolean) => {
    if (next) setValues(detailsOf(project));
    else update.reset();
    setOpen(next);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate(
      {
        name: values.name.trim(),
        description: values.description,
        billable: values.billable,
        // Without the client list the client is left as it is.
        ...(clients ? { client_id: values.client_id ? Number(values.client_id) : null } : {}),
      },
      { onSuccess: () => setOpen(false) },
    );
  };
  return (
    <>
      <Button variant="secondary" onClick={() => onOpenChange(true)}>
        Edit details
      </Button>
      <Dialog open={open} onOpenChange={onOpenChange} title="Edit project details">
        <form onSubmit={submit} className="space-y-4">
          {update.error ? <ErrorMessage error={update.error} title="The project was not changed" /> : null}
          <ProjectDetailsFields values={values} onChange={setValues} clients={clients} error={update.error} />
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
