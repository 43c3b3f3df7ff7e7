import type { CSSProperties } from 'react';

/**
 * Colours and styles for recharts charts, from the colour tokens of index.css, so a chart follows the
 * theme (docs/development/README.md#themes). SVG presentation attributes take `var(--…)` like CSS.
 */
export const CHART_COLORS = {
  /** The main series (billable hours, hours, used budget). */
  primary: 'var(--color-chart-1)',
  /** The second series beside it (non-billable hours). */
  secondary: 'var(--color-chart-2)',
  /** The area under a line. */
  area: 'var(--color-chart-area)',
  /** A limit the data should stay under (the budget line) and its label. */
  limit: 'var(--color-chart-limit)',
  limitText: 'var(--color-danger-fg)',
  grid: 'var(--color-line)',
  axis: 'var(--color-line-strong)',
} as const;

/** Axis ticks: readable text in both themes. */
export const chartTick = (fontSize = 12) => ({ fontSize, fill: 'var(--color-fg-subtle)' });

const tooltipBox: CSSProperties = {
  backgroundColor: 'var(--color-surface)',
  border: '1px solid var(--color-line)',
  borderRadius: 6,
  color: 'var(--color-fg)',
  fontSize: 12,
};

/** Props for recharts' `<Tooltip>`: a surface-coloured box, text in the theme's colours. */
export const chartTooltip = {
  contentStyle: tooltipBox,
  labelStyle: { color: 'var(--color-fg)', fontWeight: 600 },
  itemStyle: { color: 'var(--color-fg-secondary)' },
  cursor: { fill: 'var(--color-surface-strong)' },
} as const;

/** The legend's box; render its entries in a text colour (`formatter`), the swatch keeps the series colour. */
export const chartLegendStyle: CSSProperties = { fontSize: 12, paddingBottom: 8 };
