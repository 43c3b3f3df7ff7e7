import { FormDialog, useFormDialog } from '@/components/projects/form-dialog';
import { Button } from '@/components/ui/button';
import { useUpdateProject } from '../api/update-project';
import type { Project } from '../api/types';
import { ProjectDetailsFields, type DetailValues } from './project-details-fields';

const detailsOf = (p: Project): DetailValues => ({
  name: p.name,
  description: p.description,
  client_id: p.client_id?.toString() ?? '',
  billable: p.billable,
});

/** "Edit details": name, description, client, billable. The API may still refuse (403, shown here). */
export function EditProjectDialog({ project, pickClient }: { project: Project; pickClient: boolean }) {
  const update = useUpdateProject(project.id);
  const dialog = useFormDialog(() => detailsOf(project), update);
  const { values } = dialog;
  const submit = () =>
    update.mutate(
      {
        name: values.name.trim(),
        description: values.description,
        billable: values.billable,
        // Without view_clients the client is left as it is.
        ...(pickClient ? { client_id: values.client_id ? Number(values.client_id) : null } : {}),
      },
      { onSuccess: () => dialog.onOpenChange(false) },
    );
  return (
    <>
      <Button variant="secondary" onClick={() => dialog.onOpenChange(true)}>
        Edit details
      </Button>
      <FormDialog
        open={dialog.open}
        onOpenChange={dialog.onOpenChange}
        title="Edit project details"
        mutation={update}
        errorTitle="The project was not changed"
        submitLabel="Save"
        pendingLabel="Saving…"
        onSubmit={submit}
      >
        <ProjectDetailsFields values={values} onChange={dialog.setValues} pickClient={pickClient} error={update.error} />
      </FormDialog>
    </>
  );
}
