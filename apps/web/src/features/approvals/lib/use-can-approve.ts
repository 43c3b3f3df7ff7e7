import { useAccess } from '@/lib/access';
import { useProjectOptions, useProjectsAllowing } from '@/lib/records/project-options';

/**
 * Whether the caller may decide on anyone's time somewhere: the approve_time_entries permission,
 * or the approve_time action (≥ edit_financials) on at least one project. UX only: the API decides.
 */
export function useCanApprove(): { canApprove: boolean; isPending: boolean } {
  const access = useAccess();
  const byPermission = access.can('approve_time_entries');
  const projects = useProjectOptions();
  const onProjects = useProjectsAllowing(byPermission ? [] : projects.data, 'approve_time');
  if (byPermission) return { canApprove: true, isPending: false };
  return { canApprove: onProjects.allowed.length > 0, isPending: !access.ready || onProjects.isPending };
}
