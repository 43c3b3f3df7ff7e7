import type { RoleStatistics } from '../api/types';

const CARDS: { key: keyof RoleStatistics; label: string }[] = [
  { key: 'total_roles', label: 'Total roles' },
  { key: 'system_roles', label: 'System roles' },
  { key: 'custom_roles', label: 'Custom roles' },
  { key: 'users_with_roles', label: 'Users with roles' },
];

export function RoleStats({ statistics }: { statistics: RoleStatistics }) {
  return (
    <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      {CARDS.map((c) => (
        <div key={c.key} className="rounded-lg bg-surface px-4 py-3 shadow-sm ring-1 ring-line">
          <dt className="text-sm text-fg-muted">{c.label}</dt>
          <dd className="mt-1 text-2xl font-semibold text-fg">{statistics[c.key]}</dd>
        </div>
      ))}
    </dl>
  );
}
