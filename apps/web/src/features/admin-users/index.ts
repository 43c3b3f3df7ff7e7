/** The users page, and the user lookups other admin pages use (e.g. the explain page's user picker). */
export { useUser } from './api/get-user';
export { getUsers, useUsers } from './api/get-users';
export type { User } from './api/types';
export { NewUserDialog } from './components/new-user-dialog';
export { UserFilters, type UserFilterValues } from './components/user-filters';
export { UserSheet } from './components/user-sheet';
export { UsersTable } from './components/users-table';
