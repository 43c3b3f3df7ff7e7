import { WEEK_STARTS } from '@timekeeper/shared';
import { Type } from 'typebox';
import { TzParam } from '../../lib/caller-calendar.js';
import { Id, IsoDate, IsoDateTime, Pagination, PaginationQuery, StringEnum } from '../../lib/schemas.js';

export const GROUP_BY = ['project', 'user', 'day', 'week', 'month', 'client'] as const;
export type GroupBy = (typeof GROUP_BY)[number];
/** The groupings by calendar period: their keys are the period's first day. */
export const PERIOD_GROUPS = ['day', 'week', 'month'] as const satisfies readonly GroupBy[];

/** Longest range a summary may cover, in days, both ends included (a leap year fits). */
export const MAX_RANGE_DAYS = 366;

const GROUP_BY_DESCRIPTION =
  "project | user | day | week | month | client. day, week and month are the caller's calendar (their time zone, weeks from their week_start), on start_time";
const GroupByParam = StringEnum(GROUP_BY, { description: GROUP_BY_DESCRIPTION });


/** The filters a summary takes; a saved report stores the same fields. */
const filterFields = {
  project_id: Type.Optional(Id),
  user_id: Type.Optional(Type.Integer({ minimum: 1, maximum: 2147483647, description: "Someone else's id needs view_all_reports" })),
  billable: Type.Optional(Type.Boolean()),
};

export const SummaryQuery = Type.Object(
  {
    start_date: Type.String({ format: 'date', description: 'First day (YYYY-MM-DD, a day in your time zone), inclusive' }),
    end_date: Type.String({
      format: 'date',
      description: `Last day (YYYY-MM-DD, a day in your time zone), inclusive; the range covers at most ${MAX_RANGE_DAYS} days`,
    }),
    group_by: Type.Optional(StringEnum(GROUP_BY, { default: 'project', description: GROUP_BY_DESCRIPTION })),
    tz: Type.Optional(TzParam),
    ...filterFields,
  },
  { additionalProperties: false },
);

/** The entries export takes the summary's filters, without a grouping. */
export const EntriesExportQuery = Type.Omit(SummaryQuery, ['group_by'], { additionalProperties: false });

export const EntriesCsv = Type.String({
  description: 'text/csv; charset=utf-8: id,date,start,end,hours,billable,user,client,project,task,notes[,amount,currency]',
});

const Seconds = Type.Integer({ minimum: 0 });
const Amount = Type.Number({
  description:
    'Billable hours × the member hourly rate on the project, else the project hourly rate (financial: present only with financial access)',
});
const CurrencyCode = Type.String({ description: 'ISO 4217 code of the amount' });

/** The figures of a group and of the totals. */
const figures = {
  duration_seconds: Seconds,
  billable_seconds: Seconds,
  entries: Type.Integer({ minimum: 0 }),
  amount: Type.Optional(Amount),
  currency: Type.Optional(CurrencyCode),
};

export const SummaryTotals = Type.Object(figures);

export const SummaryGroup = Type.Object({
  key: Type.Union([Type.Integer(), Type.String(), Type.Null()], {
    description:
      "project id, user id, the period's first day (YYYY-MM-DD: the day, the week's first day, the month's 1st), or client id (null: projects without a client)",
  }),
  label: Type.String({ description: 'The name; for a day or week its first day (YYYY-MM-DD), for a month YYYY-MM' }),
  ...figures,
});

export const Summary = Type.Object({
  start_date: IsoDate,
  end_date: IsoDate,
  group_by: GroupByParam,
  time_zone: Type.String({ description: 'The time zone whose days the report covers (IANA name)' }),
  week_start: StringEnum(WEEK_STARTS, { description: 'The day the weeks of group_by=week start on' }),
  totals: SummaryTotals,
  groups: Type.Array(SummaryGroup, { description: 'day, week, month: by date ascending; otherwise by duration descending, then key' }),
  amounts_included: Type.Boolean({ description: 'false: the caller may not see the financials of every project in the result' }),
  message: Type.Optional(Type.String({ description: 'Why amounts are missing, or only partly present' })),
});

export const SummaryCsv = Type.String({ description: 'text/csv; charset=utf-8: key,label,hours,billable_hours,entries[,amount]' });

export const SavedReportParams = Type.Object(
  {
    group_by: GroupByParam,
    start_date: Type.Optional(IsoDate),
    end_date: Type.Optional(IsoDate),
    ...filterFields,
  },
  { additionalProperties: false },
);

export const SavedReport = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  params: SavedReportParams,
  created_at: IsoDateTime,
});

export const SavedReportList = Type.Object({ saved_reports: Type.Array(SavedReport), pagination: Pagination });

export const SavedReportsQuery = Type.Object({ ...PaginationQuery }, { additionalProperties: false });

const SavedReportName = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });

export const CreateSavedReportBody = Type.Object({ name: SavedReportName, params: SavedReportParams }, { additionalProperties: false });

export const RenameSavedReportBody = Type.Object({ name: SavedReportName }, { additionalProperties: false });
