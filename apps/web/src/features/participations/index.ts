/** What pages use of participations: a project's Members tab (composed into the project page in app/). */
export { MembersTab } from './components/members-tab';
