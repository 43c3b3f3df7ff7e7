import type { GroupBy } from '../api/types';

/** The groupings of the summary, in the order the report settings offer them. */
export const GROUP_BY_OPTIONS = [
  { value: 'project', label: 'Project' },
  { value: 'user', label: 'Person' },
  { value: 'day', label: 'Day' },
  { value: 'client', label: 'Client' },
] as const satisfies readonly { value: GroupBy; label: string }[];
