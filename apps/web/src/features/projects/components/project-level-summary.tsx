import { PROJECT_LEVEL_LABELS, isProjectLevel } from '@timekeeper/shared';
import type { ProjectAccessInfo } from '@/lib/access';
import { AccessLevelBadge } from './access-level-badge';

/** Where the caller's level comes from, in words. */
function sourceText(source: string): string {
  if (source === 'participation') return 'as a member';
  if (source === 'account_admin') return 'as an account administrator';
  // Only view_all_projects opens a project to a non-member; what other permissions reach is in the tabs and buttons.
  if (source.startsWith('permission:')) return `through the ${source.slice('permission:'.length)} permission (not a member)`;
  return '';
}

/** Inline (it sits inside the page header's paragraph). "Your access: Edit Financials (financial · edit) as a member". */
export function ProjectLevelSummary({ access }: { access: ProjectAccessInfo }) {
  const label = isProjectLevel(access.level) ? PROJECT_LEVEL_LABELS[access.level] : access.level;
  return (
    <span className="flex flex-wrap items-center gap-2 text-sm text-fg-secondary">
      <span>Your access:</span>
      <span className="font-medium text-fg">{label}</span>
      <AccessLevelBadge value={access.access_level} title="access_level" />
      <span className="font-mono text-xs text-fg-subtle" title="permissions_label">
        {access.permissions_label}
      </span>
      <span className="text-fg-subtle">{sourceText(access.level_source)}</span>
    </span>
  );
}
