import { PageHeader } from '@/components/ui/page-header';
import { ShortcutHelp, TimerPanel, TodayEntries } from '@/features/timer';

export function TimerRoute() {
  return (
    <div className="space-y-6">
      <PageHeader title="Timer" description="Track time as you work: pick a project, start, and stop when you are done." />
      <TimerPanel />
      <ShortcutHelp />
      <TodayEntries />
    </div>
  );
}
