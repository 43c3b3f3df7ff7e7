/** What the dashboard page composes. */
export { QuickLinks, type QuickLink } from './components/quick-links';
export { RunningTimerCard } from './components/running-timer-card';
export { TimeOverview } from './components/time-overview';
export { dashboardRange } from './lib/weeks';
