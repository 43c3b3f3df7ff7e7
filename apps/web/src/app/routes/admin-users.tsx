import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { QueryState } from '@/components/ui/query-state';
import { NewUserDialog, UserFilters, type UserFilterValues, UserSheet, UsersTable, useUsers } from '@/features/admin-users';
import { Can } from '@/lib/access';

const PER_PAGE = 25;

/** Users: `?q=&role=&status=&page=` filter the list (the roles page links `?role=<name>`); `?user=<id>` opens a user. */
export function AdminUsersRoute() {
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const status = params.get('status');
  const filters: UserFilterValues = {
    q: params.get('q') ?? '',
    role: params.get('role') ?? '',
    status: status === 'active' || status === 'deactivated' ? status : '',
  };
  const page = Math.max(1, Number(params.get('page')) || 1);
  const openUser = Number(params.get('user')) || null;

  const users = useUsers({
    q: filters.q || undefined,
    role: filters.role || undefined,
    is_active: filters.status === '' ? undefined : filters.status === 'active',
    page,
    per_page: PER_PAGE,
  });

  const update = (changes: Record<string, string | null>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      return next;
    });
  const applyFilters = (f: UserFilterValues) => update({ q: f.q, role: f.role, status: f.status, page: null });
  const filtered = filters.q !== '' || filters.role !== '' || filters.status !== '';

  return (
    <>
      <PageHeader
        title="Users"
        description={
          filters.role
            ? `Users holding the ${filters.role} role (expired assignments included).`
            : 'Everyone who can sign in, with their roles.'
        }
        actions={
          <Can permission="create_users">
            <Button onClick={() => setCreating(true)}>New user</Button>
          </Can>
        }
      />
      <UserFilters key={`${filters.q}|${filters.role}|${filters.status}`} value={filters} onChange={applyFilters} />
      <QueryState query={users} loadingLabel="Loading users…">
        {(data) =>
          data.users.length === 0 ? (
            <EmptyState title={filtered ? 'No user matches these filters' : 'No users yet'}>
              {filtered ? (
                <Button variant="secondary" onClick={() => applyFilters({ q: '', role: '', status: '' })}>
                  Clear filters
                </Button>
              ) : null}
            </EmptyState>
          ) : (
            <div className={users.isPlaceholderData ? 'opacity-60' : undefined}>
              <UsersTable users={data.users} onOpen={(id) => update({ user: String(id) })} />
              <Pagination pagination={data.pagination} onPage={(p) => update({ page: p > 1 ? String(p) : null })} />
            </div>
          )
        }
      </QueryState>
      <NewUserDialog open={creating} onClose={() => setCreating(false)} onCreated={(user) => update({ user: String(user.id) })} />
      <UserSheet userId={openUser} onClose={() => update({ user: null })} />
    </>
  );
}
