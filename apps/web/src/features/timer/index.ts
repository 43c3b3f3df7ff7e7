/** What other features use of the timer (e.g. the dashboard's running-timer card). */
export { useTimerStatus, type TimerStatus } from './api/get-timer-status';
export { useStartTimer } from './api/start-timer';
export { useStopTimer } from './api/stop-timer';
export { timerKeys } from './api/timer-keys';
export { TimerPanel } from './components/timer-panel';
