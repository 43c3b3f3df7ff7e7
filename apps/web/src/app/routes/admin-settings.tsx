import { PageHeader } from '@/components/ui/page-header';
import { QueryState } from '@/components/ui/query-state';
import { SettingsForm, SystemInfoPanel, useSettings } from '@/features/admin-settings';
import { Can } from '@/lib/access';

export function AdminSettingsRoute() {
  const settings = useSettings();
  return (
    <>
      <PageHeader title="Settings" description="Organisation-wide defaults, and what this installation runs on." />
      <div className="grid items-start gap-6 xl:grid-cols-2">
        <QueryState query={settings} loadingLabel="Loading settings…">
          {(data) => <SettingsForm settings={data} />}
        </QueryState>
        <Can permission="view_system_info">
          <SystemInfoPanel />
        </Can>
      </div>
    </>
  );
}
