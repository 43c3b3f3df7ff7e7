import { useState } from 'react';
import { useAccess, useMyPermissions, useProjectAccess } from '@/lib/access';
import type { DayRange } from '@/lib/dates';
import { usePeopleFilter } from './people-options';
import type { DateRangeValue } from './periods';
import type { RecordTableOptions, RowEditing } from './record-table';

/** The filters of the time entry and expense lists (the query they send, less the page). */
export interface RecordFilterValues extends DateRangeValue {
  project_id?: number | undefined;
  user_id?: number | undefined;
}

/** The permissions and project actions that shape each kind of record list. */
const RECORD_KINDS = {
  time: {
    viewAll: 'view_all_time_entries',
    viewTeam: 'view_team_time',
    create: 'create_time_entries',
    logOwn: 'log_own_time',
  },
  expenses: {
    viewAll: 'view_all_expenses',
    viewTeam: 'view_team_expenses',
    create: 'create_expenses',
    logOwn: 'log_own_expenses',
  },
} as const;

/**
 * The state of a time entry or expense list: its filters (starting on `range`, on `projectId`
 * when the list belongs to a project page), the page (back to 1 when a filter changes), who the
 * person filter offers, and whether the caller may add a record here.
 */
export function useRecordList(kind: keyof typeof RECORD_KINDS, projectId: number | undefined, range: DayRange) {
  const rules = RECORD_KINDS[kind];
  const access = useAccess();
  const me = useMyPermissions().data?.user_id;
  const [filters, setFilters] = useState<RecordFilterValues>({ start_date: range.start, end_date: range.end, project_id: projectId });
  const [page, setPage] = useState(1);
  const people = usePeopleFilter(rules.viewAll, rules.viewTeam, filters.project_id);
  const fixedProject = useProjectAccess(projectId);
  const changeFilters = (next: RecordFilterValues) => {
    setFilters(next);
    setPage(1);
  };
  return {
    me,
    filters,
    page,
    setPage,
    people,
    canAdd: access.can(rules.create) && (projectId === undefined || fixedProject.can(rules.logOwn)),
    /**
     * The options of the list's table: a Person column when other people's records may show, no
     * Project column on a project page, and the row actions of the list's `useListEditing`.
     */
    tableOptions: <T extends { user_id: number }>(records: readonly T[], edit: RowEditing<T>): RecordTableOptions<T> => ({
      showUser: people !== null || records.some((r) => r.user_id !== me),
      hideProject: projectId !== undefined,
      onEdit: edit.startEdit,
      onDelete: edit.askDelete,
    }),
    /** Props of `<RecordFilters>`. */
    filterProps: { value: filters, onChange: changeFilters, fixedProject: projectId !== undefined, people, me },
  };
}
