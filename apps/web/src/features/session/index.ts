/** The signed-in session, read by the app shell, the guards and the pages that greet the user. */
export { fetchSession, useLogout, useSession, useSetupStatus } from './api/session';
