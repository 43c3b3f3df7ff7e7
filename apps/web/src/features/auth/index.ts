/** What the app and other features use of sign-in: the session's cache key and shape, the login page. */
export { authKeys } from './api/auth-keys';
export { forgetSession, rememberSession } from './api/session-cache';
export type { AuthSession, SessionUser } from './api/types';
export { LoginForm } from './components/login-form';
export { safeNext } from './lib/safe-next';
