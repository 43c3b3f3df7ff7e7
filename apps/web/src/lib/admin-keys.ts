/**
 * The root query keys of user and role administration. Each side invalidates the other (a renamed role
 * shows on user badges, a new or changed user moves a role's count), so the roots live below both features.
 */
export const ROLES_KEY = ['admin-roles'] as const;
export const USERS_KEY = ['admin-users'] as const;
