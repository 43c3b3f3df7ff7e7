import { PageHeader } from '@/components/ui/page-header';
import { ShortcutHelp } from '@/features/timer/components/shortcut-help';
import { TimerPanel } from '@/features/timer/components/timer-panel';
import { TodayEntries } from '@/features/timer/components/today-entries';

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
