import type { ProjectOption } from '../api/get-project-options';

/** Select options for projects; archived ones say so (they appear only for existing records). */
export function projectSelectOptions(projects: ProjectOption[]): { value: string; label: string }[] {
  return projects.map((p) => ({ value: String(p.id), label: p.status === 'archived' ? `${p.name} (archived)` : p.name }));
}
