/** The profile page's cards. */
export { AppearanceCard } from './components/appearance-card';
export { ChangePasswordForm } from './components/change-password-form';
export { MyAccessCard } from './components/my-access-card';
export { ProfileDetailsForm } from './components/profile-details-form';
export { SessionsCard } from './components/sessions-card';
export { TimeRegionCard } from './components/time-region-form';
