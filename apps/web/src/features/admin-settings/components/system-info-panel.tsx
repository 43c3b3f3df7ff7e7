import { QueryState } from '@/components/ui/query-state';
import { formatLongDuration } from '@/lib/duration';
import { useSystemInfo } from '../api/get-system-info';
import type { SystemInfo } from '../api/types';

function rows(info: SystemInfo): [string, string][] {
  return [
    ['Application version', info.app_version],
    ['API version', info.api_version],
    ['Node.js', info.node_version],
    ['Database', info.database],
    ['Database version', info.database_version],
    ['Uptime', formatLongDuration(info.uptime_seconds)],
    ['Authorization version', String(info.authz_version)],
    ['Users', info.counts.users.toLocaleString()],
    ['Projects', info.counts.projects.toLocaleString()],
    ['Time entries', info.counts.time_entries.toLocaleString()],
    ['Active API tokens', info.counts.api_tokens.toLocaleString()],
  ];
}

/** GET /system/info, for holders of view_system_info. */
export function SystemInfoPanel() {
  const info = useSystemInfo(true);
  return (
    <section aria-labelledby="system-info-title" className="rounded-lg bg-surface p-4 shadow-sm ring-1 ring-line sm:p-6">
      <h2 id="system-info-title" className="mb-3 text-lg font-semibold text-fg">
        System information
      </h2>
      <QueryState query={info} loadingLabel="Loading system information…">
        {(data) => (
          <dl className="divide-y divide-line-subtle text-sm">
            {rows(data).map(([label, value]) => (
              <div key={label} className="grid grid-cols-1 gap-1 py-2 sm:grid-cols-3">
                <dt className="text-fg-muted">{label}</dt>
                <dd className="break-words font-medium text-fg sm:col-span-2">{value}</dd>
              </div>
            ))}
          </dl>
        )}
      </QueryState>
    </section>
  );
}
