import type { PermissionDiff } from '../lib/permission-sets';
import { plural } from '../lib/format';

/** What saving will change, before it is saved: added in green, removed in red. */
export function RoleDiffSummary({ diff, userCount }: { diff: PermissionDiff; userCount: number }) {
  if (diff.added.length === 0 && diff.removed.length === 0) return null;
  return (
    <div className="rounded-md border border-warning-line bg-warning-soft p-3 text-sm text-warning-fg-strong" aria-live="polite">
      <p className="font-medium">
        Saving adds {plural(diff.added.length, 'permission')} and removes {diff.removed.length}
        {userCount > 0 ? `; it affects ${plural(userCount, 'user')} from their next request` : ''}.
      </p>
      <ul className="mt-2 space-y-0.5 font-mono text-xs" aria-label="Permission changes">
        {diff.added.map((p) => (
          <li key={p} className="text-success-fg">
            + {p}
          </li>
        ))}
        {diff.removed.map((p) => (
          <li key={p} className="text-danger-fg">
            − {p}
          </li>
        ))}
      </ul>
    </div>
  );
}
