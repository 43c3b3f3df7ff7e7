import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useDates } from '@/lib/time-settings';
import { CHART_COLORS, chartLegendStyle, chartTick, chartTooltip } from '@/lib/chart-theme';
import { formatDuration } from '@/lib/duration';
import type { Summary } from '../api/types';
import { groupName, isCalendarGrouping } from '../lib/group-by';

const hours = (seconds: number) => Math.round((seconds / 3600) * 100) / 100;
const shorten = (text: string, max = 22) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const GROUP_NOUNS = { project: 'project', user: 'person', day: 'day', week: 'week', month: 'month', client: 'client' } as const;

/**
 * Hours per group as stacked bars, billable and non-billable. Days, weeks and months run along the x axis; named
 * groups (projects, people, clients) get horizontal bars, so their names stay readable on a phone.
 * The table below carries the same numbers for screen readers.
 */
export function SummaryChart({ summary }: { summary: Summary }) {
  const dates = useDates();
  const byDay = isCalendarGrouping(summary.group_by);
  const data = summary.groups.map((g) => ({
    name: groupName(g, summary.group_by, dates, true),
    billable: hours(g.billable_seconds),
    nonBillable: hours(g.duration_seconds - g.billable_seconds),
  }));
  const height = byDay ? 300 : Math.max(160, data.length * 44 + 70);
  const noun = GROUP_NOUNS[summary.group_by];
  return (
    <figure className="rounded-lg bg-surface p-3 shadow-sm ring-1 ring-line">
      <figcaption className="mb-2 text-sm font-medium text-fg-secondary">Hours per {noun}</figcaption>
      <div role="img" aria-label={`Bar chart of billable and non-billable hours per ${noun}; the table below lists the same numbers.`} style={{ height }} className="w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} accessibilityLayer={false} layout={byDay ? 'horizontal' : 'vertical'} margin={{ top: 0, right: 12, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={!byDay} horizontal={byDay} stroke={CHART_COLORS.grid} />
            {byDay ? (
              <>
                <XAxis dataKey="name" tick={chartTick(11)} stroke={CHART_COLORS.axis} angle={-40} textAnchor="end" height={50} interval="preserveStartEnd" />
                <YAxis tick={chartTick()} stroke={CHART_COLORS.axis} width={44} unit="h" allowDecimals={false} />
              </>
            ) : (
              <>
                <XAxis type="number" tick={chartTick()} stroke={CHART_COLORS.axis} unit="h" allowDecimals={false} />
                <YAxis type="category" dataKey="name" tick={chartTick()} stroke={CHART_COLORS.axis} width={150} tickFormatter={(v: string) => shorten(v)} />
              </>
            )}
            <Tooltip {...chartTooltip} formatter={(value, name) => [formatDuration(Number(value) * 3600), name]} />
            <Legend verticalAlign="top" wrapperStyle={chartLegendStyle} formatter={(value: string) => <span className="text-fg-secondary">{value}</span>} />
            <Bar dataKey="billable" name="Billable" stackId="hours" fill={CHART_COLORS.primary} />
            <Bar dataKey="nonBillable" name="Non-billable" stackId="hours" fill={CHART_COLORS.secondary} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
