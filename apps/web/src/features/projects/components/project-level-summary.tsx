import { isPermission, isProjectLevel, permissionLabel, PERMISSIONS_LABEL_LABELS, PROJECT_LEVEL_LABELS } from '@timekeeper/shared';
import type { ProjectAccessInfo } from '@/lib/access';

/** Where the caller's level comes from, in words. */
function sourceText(source: string): string {
  if (source === 'participation') return 'as a member';
  if (source === 'account_admin') return 'as an account administrator';
  // Only view_all_projects opens a project to a non-member; what other permissions reach is in the tabs and buttons.
  if (source.startsWith('permission:')) {
    const name = source.slice('permission:'.length);
    return `through the “${isPermission(name) ? permissionLabel(name) : name}” permission (not a member)`;
  }
  return '';
}

/** Inline (it sits inside the page header's paragraph). "Your access: Edit Financials (can edit) as a member". */
export function ProjectLevelSummary({ access }: { access: ProjectAccessInfo }) {
  const label = isProjectLevel(access.level) ? PROJECT_LEVEL_LABELS[access.level] : 'Unknown';
  const summary = PERMISSIONS_LABEL_LABELS[access.permissions_label as keyof typeof PERMISSIONS_LABEL_LABELS];
  return (
    <span className="flex flex-wrap items-center gap-2 text-sm text-fg-secondary">
      <span>Your access:</span>
      <span className="font-medium text-fg">{label}</span>
      {summary ? <span className="text-fg-subtle">({summary})</span> : null}
      <span className="text-fg-subtle">{sourceText(access.level_source)}</span>
    </span>
  );
}
