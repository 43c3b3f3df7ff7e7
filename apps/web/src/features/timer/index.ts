/** What other features use of the timer (e.g. the dashboard's running-timer card, the app header). */
export { useTimerStatus } from './api/get-timer-status';
export { useStartTimer } from './api/start-timer';
export { useStopTimer } from './api/stop-timer';
export type { TimerStatus } from './api/types';
export { useElapsedSeconds } from './lib/use-elapsed';
export { timerKeys } from '@/lib/records/record-keys';
export { TimerPanel } from './components/timer-panel';
export { HeaderTimer } from './components/header-timer';
export { TodayEntries } from './components/today-entries';
export { useContinueAction, type ContinueAction } from './components/continue-action';
export { ShortcutHelp } from './components/shortcut-help';
