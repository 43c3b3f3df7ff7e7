/**
 * An audit action (`deal.win`, `user.password.reset`) in words for the log's readers: "Deal won",
 * "User's password reset". The code stays beside it, since the filter takes codes
 * (docs/api/audit-logs.md lists them). A code this file does not know is still readable: its
 * parts in words.
 */
import { capitalise, codeWords } from '@/lib/words';

/** Whole actions that do not read as "<thing> <what happened>". */
const WHOLE: Record<string, string> = {
  'access.denied': 'Request refused: no access',
  'audit.refusals_dropped': 'Refusals not recorded (too many)',
  'csrf.failed': 'Request refused: no CSRF token',
  'rate_limit.exceeded': 'Request refused: too many requests',
  'auth.login': 'Signed in',
  'auth.login_failed': 'Sign-in refused',
  'auth.logout': 'Signed out',
  'auth.password_change_failed': 'Password change refused',
  'auth.sessions.revoke_all': 'Signed out everywhere',
  'invoice.payment': 'Invoice payment recorded',
  'permissions.seed': 'Permission catalog set up',
  'permissions.update': 'Permission catalog updated',
  'settings.update': 'Settings changed',
  'token.admin_revoke': 'API token revoked by an administrator',
  'user.profile.update_refused': "User's profile change refused",
};

/** What an action is about (the code's first part). */
const THINGS: Record<string, string> = {
  approval: 'Approval',
  auth: 'Sign-in',
  client: 'Client',
  contact: 'Contact',
  deal: 'Deal',
  expense: 'Expense',
  invoice: 'Invoice',
  lead: 'Lead',
  participation: 'Project member',
  permissions: 'Permission catalog',
  project: 'Project',
  role: 'Role',
  saved_report: 'Saved report',
  settings: 'Settings',
  task: 'Task',
  time_entry: 'Time entry',
  timer: 'Timer',
  token: 'API token',
  user: 'User',
};

/** What happened to it (the code's last part). */
const HAPPENED: Record<string, string> = {
  activate: 'activated',
  approve: 'approved',
  archive: 'archived',
  cancel: 'cancelled',
  change: 'changed',
  convert: 'converted',
  create: 'created',
  deactivate: 'deactivated',
  delete: 'deleted',
  import: 'imported',
  lose: 'lost',
  reject: 'rejected',
  request: 'requested',
  reset: 'reset',
  revoke: 'revoked',
  rotate: 'rotated',
  send: 'sent',
  start: 'started',
  stop: 'stopped',
  update: 'changed',
  void: 'voided',
  win: 'won',
  withdraw: 'withdrawn',
};

/** What a middle part names, as the thing's possession: `user.roles.update` → "User's roles changed". */
const PARTS: Record<string, string> = {
  password: 'password',
  profile: 'profile',
  roles: 'roles',
  sessions: 'sessions',
};

/** `deal.win` → "Deal won"; `user.password.reset` → "User's password reset". */
export function auditActionWords(action: string): string {
  const whole = WHOLE[action];
  if (whole) return whole;
  const [thing = '', ...rest] = action.split('.');
  const last = rest.pop();
  const subject = THINGS[thing] ?? capitalise(codeWords(thing));
  if (last === undefined) return subject;
  const happened = HAPPENED[last] ?? codeWords(last);
  const middle = rest.map((part) => PARTS[part] ?? codeWords(part)).join(' ');
  return middle ? `${subject}'s ${middle} ${happened}` : `${subject} ${happened}`;
}

/** A target type in words: `time_entry` → "Time entry", `token` → "API token". */
export function auditTargetWords(type: string): string {
  return THINGS[type] ?? capitalise(codeWords(type));
}
