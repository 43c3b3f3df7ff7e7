/** What the admin pages and the user administration use of roles. */
export { rolesQueryOptions, useRoles } from './api/get-roles';
export { roleKeys } from './api/roles-keys';
export type { Role } from './api/types';
export { DeleteRoleDialog } from './components/delete-role-dialog';
export { PermissionChecklist } from './components/permission-checklist';
export { LegacyRoleBadge, RoleBadge } from './components/role-badge';
export { RoleEditor } from './components/role-editor';
export { RoleRow } from './components/role-row';
export { RoleStats } from './components/role-stats';
export { RolesTransfer } from './components/roles-transfer';
export { firstMissing } from './lib/permission-sets';
