/** The settings page. */
export { useSettings } from './api/get-settings';
export { SettingsForm } from './components/settings-form';
export { SystemInfoPanel } from './components/system-info-panel';
