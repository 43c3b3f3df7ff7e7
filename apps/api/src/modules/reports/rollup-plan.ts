/**
 * How a summary over a range of instants is answered from the monthly rollup
 * (time_entry_months: finished entries per UTC month, person, project, billable flag).
 *
 * A caller's range starts and ends at midnight in their zone, which is rarely a UTC month
 * boundary. Sums are additive, so each end is squared off with the entries of the few hours in
 * between: either added (the range starts before the month boundary) or taken away (the rollup's
 * month starts before the range), whichever span is shorter. A March report in Tokyo is the UTC
 * month of March, plus the entries of 28 Feb 15:00–24:00 UTC, minus those of 31 Mar 15:00–24:00
 * UTC. Any offset works, 30 and 45 minutes included, as does a day of 23 or 25 hours: the
 * slices are exact instants, never rounded to buckets.
 *
 * When the range holds no whole month, or the slices would read more entries than half the range
 * itself (a week, a fortnight), the report reads the entries directly.
 */

export interface RollupSlice {
  from: Date;
  until: Date;
  /** +1: the slice's entries are added to the rollup's months; -1: taken away from them. */
  sign: 1 | -1;
}

export interface RollupPlan {
  /** The rollup months read, as first days (YYYY-MM-DD): from included, until excluded. */
  months: { from: string; until: string };
  slices: RollupSlice[];
}

function monthStart(t: Date): Date {
  return new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), 1));
}

function nextMonth(m: Date): Date {
  return new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 1));
}

const isoDay = (m: Date) => m.toISOString().slice(0, 10); // a UTC month's first day, not a caller's day

/** The plan for [from, until), or null when reading the entries directly is cheaper. */
export function rollupPlan(from: Date, until: Date): RollupPlan | null {
  const slices: RollupSlice[] = [];
  // Start: the month boundary at or after `from` (add the entries before it), or the one before (take some away).
  const startFloor = monthStart(from);
  const startCeil = startFloor.getTime() === from.getTime() ? from : nextMonth(startFloor);
  let first: Date;
  if (startCeil.getTime() - from.getTime() <= from.getTime() - startFloor.getTime()) {
    first = startCeil;
    if (startCeil > from) slices.push({ from, until: startCeil, sign: 1 });
  } else {
    first = startFloor;
    slices.push({ from: startFloor, until: from, sign: -1 });
  }
  // End: likewise around `until`.
  const endFloor = monthStart(until);
  const endCeil = endFloor.getTime() === until.getTime() ? until : nextMonth(endFloor);
  let last: Date;
  if (until.getTime() - endFloor.getTime() <= endCeil.getTime() - until.getTime()) {
    last = endFloor;
    if (until > endFloor) slices.push({ from: endFloor, until, sign: 1 });
  } else {
    last = endCeil;
    slices.push({ from: until, until: endCeil, sign: -1 });
  }
  if (first >= last) return null;
  const sliced = slices.reduce((sum, s) => sum + (s.until.getTime() - s.from.getTime()), 0);
  if (sliced * 2 >= until.getTime() - from.getTime()) return null;
  return { months: { from: isoDay(first), until: isoDay(last) }, slices };
}
