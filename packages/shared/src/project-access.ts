/**
 * Project access (layer 3): participations with ordered levels and additional flags (docs/api/participations.md).
 */
/** Request levels, ordered: each includes everything below it. */
export const PROJECT_LEVELS = [
  'view_tasks',
  'edit_tasks',
  'view_time_and_expenses',
  'edit_time_and_expenses',
  'view_financials',
  'edit_financials',
  'admin',
] as const;
export type ProjectLevel = (typeof PROJECT_LEVELS)[number];

export const PROJECT_LEVEL_LABELS = {
  view_tasks: 'View Tasks',
  edit_tasks: 'Edit Tasks',
  view_time_and_expenses: 'View Time and Expenses',
  edit_time_and_expenses: 'Edit Time and Expenses',
  view_financials: 'View Financials',
  edit_financials: 'Edit Financials',
  admin: 'Project Administrator',
} as const satisfies Record<ProjectLevel, string>;

export function isProjectLevel(value: string): value is ProjectLevel {
  return (PROJECT_LEVELS as readonly string[]).includes(value);
}

export function levelRank(level: ProjectLevel): number {
  return PROJECT_LEVELS.indexOf(level);
}

export function levelAtLeast(level: ProjectLevel | null, minimum: ProjectLevel): boolean {
  return level !== null && levelRank(level) >= levelRank(minimum);
}

/** Additional access flags. The scheduling ones are returned only when asked for via `optional_fields`. */
export const PROJECT_FLAGS = [
  'can_invite',
  'can_post',
  'can_edit_time',
  'can_edit_expense',
  'can_schedule_their_hours',
  'can_schedule_team_hours',
] as const;
export type ProjectFlag = (typeof PROJECT_FLAGS)[number];
export type ProjectFlags = Record<ProjectFlag, boolean>;
export const OPTIONAL_PROJECT_FLAGS = ['can_schedule_their_hours', 'can_schedule_team_hours'] as const satisfies readonly ProjectFlag[];

/** The UI's names for the flags, in the order of docs/api/participations.md#additional-access-flags. */
export const PROJECT_FLAG_LABELS = {
  can_invite: 'Invite Members to Project',
  can_post: 'Post to Activity Feed',
  can_schedule_their_hours: 'Schedule Hours for Self',
  can_schedule_team_hours: 'Schedule Hours for Team',
  can_edit_expense: 'Track Expenses',
  can_edit_time: 'Track Time',
} as const satisfies Record<ProjectFlag, string>;

export const NO_FLAGS: ProjectFlags = {
  can_invite: false,
  can_post: false,
  can_edit_time: false,
  can_edit_expense: false,
  can_schedule_their_hours: false,
  can_schedule_team_hours: false,
};

/** Response `access_level` values (docs/api/participations.md#levels). */
export type ResponseAccessLevel = 'collaboration' | 'time_logging' | 'financial' | 'admin';
export type PermissionsLabel = 'edit' | 'view_only' | 'view_with_custom';

/**
 * The response levels and the edit/view summary in words, for lists that have only these (the
 * projects list): "Tasks", "Time and Expenses", … — a level's full name is in PROJECT_LEVEL_LABELS.
 */
export const RESPONSE_ACCESS_LEVEL_LABELS = {
  collaboration: 'Tasks',
  time_logging: 'Time and Expenses',
  financial: 'Financials',
  admin: 'Project Administrator',
} as const satisfies Record<ResponseAccessLevel, string>;

export const PERMISSIONS_LABEL_LABELS = {
  edit: 'can edit',
  view_only: 'view only',
  view_with_custom: 'view, with additional access',
} as const satisfies Record<PermissionsLabel, string>;

export function isResponseAccessLevel(value: string): value is ResponseAccessLevel {
  return Object.hasOwn(RESPONSE_ACCESS_LEVEL_LABELS, value);
}

const RESPONSE_LEVEL = {
  view_tasks: 'collaboration',
  edit_tasks: 'collaboration',
  view_time_and_expenses: 'time_logging',
  edit_time_and_expenses: 'time_logging',
  view_financials: 'financial',
  edit_financials: 'financial',
  admin: 'admin',
} as const satisfies Record<ProjectLevel, ResponseAccessLevel>;

const IS_EDIT_LEVEL = {
  view_tasks: false,
  edit_tasks: true,
  view_time_and_expenses: false,
  edit_time_and_expenses: true,
  view_financials: false,
  edit_financials: true,
  admin: true,
} as const satisfies Record<ProjectLevel, boolean>;

/** Maps a level and its flags to the response pair, exactly as docs/api/participations.md#levels. */
export function describeLevel(
  level: ProjectLevel,
  flags: ProjectFlags,
): { access_level: ResponseAccessLevel; permissions_label: PermissionsLabel } {
  const access_level = RESPONSE_LEVEL[level];
  if (IS_EDIT_LEVEL[level]) return { access_level, permissions_label: 'edit' };
  const anyFlag = PROJECT_FLAGS.some((f) => flags[f]);
  return { access_level, permissions_label: anyFlag ? 'view_with_custom' : 'view_only' };
}

/** Actions on a project, decided by `projectAllows` (docs/guides/projects-and-members.md#what-each-level-allows). */
export const PROJECT_ACTIONS = [
  'view_project',
  'view_tasks',
  'edit_tasks',
  'view_team_time',
  'view_team_expenses',
  'log_own_time',
  'log_own_expenses',
  'view_financials',
  'edit_financials',
  'edit_others_time',
  'delete_others_time',
  'edit_others_expenses',
  'delete_others_expenses',
  'approve_time',
  'invoice',
  'manage_members',
  'edit_project',
  'archive_project',
  'invite_members',
  'post_activity',
  'schedule_own_hours',
  'schedule_team_hours',
] as const;
export type ProjectAction = (typeof PROJECT_ACTIONS)[number];

/** Each project action in words, for people choosing or reading one (the admin's "Why can / can't"). */
export const PROJECT_ACTION_LABELS = {
  view_project: 'See the project',
  view_tasks: 'See its tasks',
  edit_tasks: 'Edit its tasks',
  view_team_time: "See the team's time",
  view_team_expenses: "See the team's expenses",
  log_own_time: 'Log own time',
  log_own_expenses: 'Record own expenses',
  view_financials: 'See its financials',
  edit_financials: 'Edit its financials',
  edit_others_time: "Edit others' time",
  delete_others_time: "Delete others' time",
  edit_others_expenses: "Edit others' expenses",
  delete_others_expenses: "Delete others' expenses",
  approve_time: 'Approve time',
  invoice: 'Invoice it',
  manage_members: 'Manage its members',
  edit_project: 'Edit the project',
  archive_project: 'Archive the project',
  invite_members: 'Invite members',
  post_activity: 'Post activity',
  schedule_own_hours: 'Schedule own hours',
  schedule_team_hours: "Schedule the team's hours",
} as const satisfies Record<ProjectAction, string>;

export function isProjectAction(value: unknown): value is ProjectAction {
  return (PROJECT_ACTIONS as readonly unknown[]).includes(value);
}
