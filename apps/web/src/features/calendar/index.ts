/** The calendar page: one's own entries by day and week (docs/guides/tracking-time.md#calendar). */
export { CalendarPanel } from './components/calendar-panel';
export { calendarKeys } from './api/get-calendar-entries';
