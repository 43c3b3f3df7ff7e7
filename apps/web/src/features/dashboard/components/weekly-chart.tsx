import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_COLORS, chartTick, chartTooltip } from '@/lib/chart-theme';
import { formatDuration } from '@/lib/duration';
import type { WeekTotal } from '../lib/weeks';

/** Hours per week as bars; the same numbers as a table for screen readers. */
export function WeeklyChart({ weeks }: { weeks: WeekTotal[] }) {
  return (
    <figure>
      <div aria-hidden="true" className="h-56 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={weeks} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke={CHART_COLORS.grid} />
            <XAxis dataKey="label" tick={chartTick()} stroke={CHART_COLORS.axis} interval="preserveStartEnd" />
            <YAxis tick={chartTick()} stroke={CHART_COLORS.axis} allowDecimals={false} />
            <Tooltip
              {...chartTooltip}
              formatter={(_value, _name, item) => [formatDuration((item.payload as WeekTotal).seconds), 'Hours']}
              labelFormatter={(label) => `Week of ${String(label)}`}
            />
            <Bar dataKey="hours" name="Hours" fill={CHART_COLORS.primary} radius={[4, 4, 0, 0]} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table className="sr-only">
        <caption>Hours per week, last {weeks.length} weeks</caption>
        <thead>
          <tr>
            <th scope="col">Week of</th>
            <th scope="col">Hours</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((w) => (
            <tr key={w.start}>
              <td>{w.label}</td>
              <td>{formatDuration(w.seconds)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
