import type { Permission, ProjectAction } from '@timekeeper/shared';
import { describe, expect, it } from 'vitest';
import type { TimeEntry } from '@/features/time-entries';
import type { Access } from '@/lib/access';
import { createDates } from '@/lib/dates';
import { clockFormat, entryEvent, entryLabels, entryRule, FIRST_DAY, movedTimes, type EntryRule } from './calendar-events';

const ME = 7;

const entry = (over: Partial<TimeEntry> = {}): TimeEntry => ({
  id: 1,
  user_id: ME,
  user: { id: ME, name: 'Uma User' },
  project_id: 3,
  task_id: null,
  // 07:00:33–08:30:33 in Tokyo on 4 March 2026.
  start_time: '2026-03-03T22:00:33Z',
  end_time: '2026-03-03T23:30:33Z',
  duration_seconds: 5400,
  billable: true,
  notes: 'Early call',
  approval_status: null,
  invoice_id: null,
  created_at: '2026-03-03T23:31:00Z',
  updated_at: '2026-03-03T23:31:00Z',
  ...over,
});

const access = (...held: Permission[]): Access => ({
  ready: true,
  isAdmin: false,
  can: (r) => (typeof r === 'string' ? held.includes(r) : 'anyOf' in r ? r.anyOf.some((p) => held.includes(p)) : false),
});
const project = (...actions: ProjectAction[]) => ({ can: (a: ProjectAction) => actions.includes(a) });
const member = { access: access('edit_own_time_entries'), me: ME, project: project('log_own_time'), archived: false };

describe('entryRule: whether an entry may be dragged (the time entries table’s Edit rule and the lock)', () => {
  it('lets a member move their own open entry', () => {
    expect(entryRule(entry(), member)).toEqual({ edit: true, move: true, block: null });
  });

  it('keeps approved, pending and invoiced entries in place, naming the lock', () => {
    expect(entryRule(entry({ approval_status: 'approved' }), member)).toEqual({
      edit: false,
      move: false,
      block: { kind: 'locked', lock: { kind: 'approved' } },
    });
    expect(entryRule(entry({ approval_status: 'pending' }), member).block).toEqual({ kind: 'locked', lock: { kind: 'pending' } });
    expect(entryRule(entry({ invoice_id: 12 }), member).block).toEqual({ kind: 'locked', lock: { kind: 'invoiced', invoiceId: 12 } });
  });

  it('lets someone with edit financials on the project move an approved entry, but never an invoiced one', () => {
    const financials = { ...member, project: project('log_own_time', 'edit_financials') };
    expect(entryRule(entry({ approval_status: 'approved' }), financials).move).toBe(true);
    expect(entryRule(entry({ invoice_id: 12 }), financials).move).toBe(false);
  });

  it('needs the own-edit permission and the right to log on the project', () => {
    expect(entryRule(entry(), { ...member, access: access() }).block).toEqual({ kind: 'not_allowed' });
    expect(entryRule(entry(), { ...member, project: project() }).block).toEqual({ kind: 'not_allowed' });
  });

  it('treats someone else’s entry by the others rule', () => {
    const other = entry({ user_id: 99 });
    expect(entryRule(other, member).move).toBe(false);
    expect(entryRule(other, { ...member, access: access('edit_all_time_entries'), project: project('edit_others_time') }).move).toBe(true);
  });

  it('does not move entries of archived projects or the running timer (which still opens for its notes)', () => {
    expect(entryRule(entry(), { ...member, archived: true })).toEqual({ edit: false, move: false, block: { kind: 'archived' } });
    expect(entryRule(entry({ end_time: null, duration_seconds: null }), member)).toEqual({
      edit: true,
      move: false,
      block: { kind: 'running' },
    });
  });
});

describe('entries as events in the person’s zone', () => {
  const tokyo = createDates({ time_zone: 'Asia/Tokyo', week_start: 'monday', locale: 'en-GB', time_format: '24h' });
  const open: EntryRule = { edit: true, move: true, block: null };

  it('titles an entry by project and task, and labels it with its day and times in the zone', () => {
    const labels = entryLabels(entry({ task_id: 4 }), { project: 'Acme', task: 'Design' }, open, tokyo);
    expect(labels).toEqual({
      title: 'Acme · Design',
      when: 'Wed, 4 Mar 2026, 07:00–08:30',
      span: '07:00–08:30',
      label: 'Acme · Design, Wed, 4 Mar 2026, 07:00–08:30, Early call',
    });
    const locked = entryLabels(
      entry(),
      { project: 'Acme', task: undefined },
      { edit: false, move: false, block: { kind: 'locked', lock: { kind: 'approved' } } },
      tokyo,
    );
    expect(locked.label).toBe('Acme, Wed, 4 Mar 2026, 07:00–08:30, Early call, locked');
  });

  it('keeps the instants with their offsets and makes only movable entries editable', () => {
    const event = entryEvent(entry(), open, { title: 'Acme', when: '', span: '', label: 'Acme' }, new Date());
    expect(event).toMatchObject({
      id: '1',
      start: '2026-03-03T22:00:33Z',
      end: '2026-03-03T23:30:33Z',
      startEditable: true,
      durationEditable: true,
    });
    const locked = entryEvent(
      entry(),
      { edit: false, move: false, block: { kind: 'locked', lock: { kind: 'approved' } } },
      { title: 'Acme', when: '', span: '', label: 'Acme' },
      new Date(),
    );
    expect(locked).toMatchObject({ startEditable: false, durationEditable: false, classNames: ['tk-event-locked'] });
    expect(locked.extendedProps).toMatchObject({ locked: true });
  });

  it('draws a running entry up to now, and at least a minute', () => {
    const running = entry({ end_time: null, duration_seconds: null });
    const labels = { title: 'Acme', when: '', span: '', label: 'Acme' };
    const rule: EntryRule = { edit: true, move: false, block: { kind: 'running' } };
    expect(entryEvent(running, rule, labels, new Date('2026-03-04T01:00:00Z')).end).toBe('2026-03-04T01:00:00.000Z');
    expect(entryEvent(running, rule, labels, new Date('2026-03-03T21:00:00Z')).end).toBe('2026-03-03T22:01:33.000Z');
    expect(entryEvent(running, rule, labels, new Date()).classNames).toEqual(['tk-event-running']);
  });
});

describe('movedTimes: a drag or a resize, seconds exact', () => {
  const shown = { start: new Date('2026-03-03T22:00:00Z'), end: new Date('2026-03-03T23:30:00Z') };

  it('moves both ends by what the calendar moved them, keeping the seconds', () => {
    const later = { start: new Date('2026-03-03T23:00:00Z'), end: new Date('2026-03-04T00:30:00Z') };
    expect(movedTimes(entry(), shown, later)).toEqual({ start_time: '2026-03-03T23:00:33.000Z', end_time: '2026-03-04T00:30:33.000Z' });
  });

  it('sends only the end of a resize', () => {
    const longer = { start: shown.start, end: new Date('2026-03-03T23:45:00Z') };
    expect(movedTimes(entry(), shown, longer)).toEqual({ end_time: '2026-03-03T23:45:33.000Z' });
  });
});

describe('calendar settings from the person’s', () => {
  it('starts the week on their day and writes hours on their clock', () => {
    expect([FIRST_DAY.monday, FIRST_DAY.sunday, FIRST_DAY.saturday]).toEqual([1, 0, 6]);
    const seven = new Date('2026-03-04T19:05:00Z');
    const clock = (format: '12h' | '24h') => new Intl.DateTimeFormat('en-US', { ...clockFormat(format), timeZone: 'UTC' });
    expect(clock('24h').format(seven)).toBe('19:05');
    expect(clock('24h').format(new Date('2026-03-04T00:30:00Z'))).toBe('00:30');
    expect(clock('12h').format(seven)).toBe('7:05 PM');
  });
});
