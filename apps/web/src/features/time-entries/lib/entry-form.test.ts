import { describe, expect, it } from 'vitest';
import type { TimeEntry } from '../api/types';
import { formatDurationExact } from '@/lib/duration';
import {
  buildEntryBody,
  buildEntryUpdate,
  buildRunningEntryBody,
  durationPreview,
  entryValues,
  newEntryValues,
  spanEntryValues,
  type EntryFormValues,
} from './entry-form';
import { createDates } from '@/lib/dates';

const base: EntryFormValues = {
  projectId: '3',
  userId: '',
  taskId: '',
  date: '2026-03-04',
  mode: 'range',
  start: '09:00',
  end: '10:30',
  duration: '',
  billable: true,
  notes: 'Kick-off',
};

describe('buildEntryBody', () => {
  it('turns a start and an end into start_time and end_time (local time, as instants)', () => {
    const { body } = buildEntryBody(base);
    expect(body).toEqual({
      project_id: 3,
      task_id: null,
      start_time: new Date(2026, 2, 4, 9, 0).toISOString(),
      end_time: new Date(2026, 2, 4, 10, 30).toISOString(),
      billable: true,
      notes: 'Kick-off',
    });
    expect(body).not.toHaveProperty('duration_seconds');
  });

  it('turns a start and a duration into start_time and duration_seconds, without end_time', () => {
    const { body } = buildEntryBody({ ...base, mode: 'duration', duration: '1h 30m', end: '', taskId: '12' });
    expect(body?.duration_seconds).toBe(5400);
    expect(body?.task_id).toBe(12);
    expect(body).not.toHaveProperty('end_time');
  });

  it('leaves an end before the start to the API (which names the field)', () => {
    const { body, errors } = buildEntryBody({ ...base, start: '17:00', end: '08:00' });
    expect(errors).toBeUndefined();
    expect(new Date(body!.end_time!).getTime()).toBeLessThan(new Date(body!.start_time!).getTime());
  });

  it('reports what it cannot build a body from', () => {
    expect(buildEntryBody({ ...base, projectId: '' }).errors).toEqual({ projectId: 'Choose a project' });
    expect(buildEntryBody({ ...base, end: '' }).errors).toEqual({ end: 'Enter an end time' });
    expect(buildEntryBody({ ...base, start: '' }).errors).toEqual({ start: 'Enter a start time' });
    expect(buildEntryBody({ ...base, date: '' }).errors).toEqual({ date: 'Enter a date' });
    expect(buildEntryBody({ ...base, mode: 'duration', duration: 'soon' }).errors?.duration).toMatch(/1:30/);
  });
});

describe('form values', () => {
  const entry: TimeEntry = {
    id: 1,
    user_id: 2,
    user: { id: 2, name: 'Uma' },
    project_id: 3,
    task_id: 7,
    start_time: new Date(2026, 2, 4, 9, 15).toISOString(),
    end_time: new Date(2026, 2, 4, 11, 0).toISOString(),
    duration_seconds: 6300,
    billable: false,
    notes: 'Review',
    approval_status: null,
    invoice_id: null,
    created_at: '2026-03-04T11:00:00Z',
    updated_at: '2026-03-04T11:00:00Z',
  };

  it('fills the form from an entry, in local time', () => {
    expect(entryValues(entry)).toEqual({
      projectId: '3',
      userId: '',
      taskId: '7',
      date: '2026-03-04',
      mode: 'range',
      start: '09:15',
      end: '11:00',
      duration: '1:45',
      billable: false,
      notes: 'Review',
    });
  });

  it('round-trips an entry to the same times', () => {
    const { body } = buildEntryBody(entryValues(entry));
    expect(body?.start_time).toBe(entry.start_time);
    expect(body?.end_time).toBe(entry.end_time);
  });

  it('sends only task and notes for a running entry', () => {
    expect(buildRunningEntryBody({ ...base, taskId: '9', notes: 'x' })).toEqual({ task_id: 9, notes: 'x' });
  });

  it('starts a new entry as the last hour of today', () => {
    const values = newEntryValues(new Date(2026, 2, 4, 14, 20), 5);
    expect(values).toMatchObject({ projectId: '5', date: '2026-03-04', start: '13:20', end: '14:20' });
  });
});

describe('editing an entry keeps its seconds', () => {
  // A short timer entry: 10:00:30 to 10:00:50, shown in the form as 10:00–10:00.
  const short: TimeEntry = {
    id: 9,
    user_id: 2,
    user: { id: 2, name: 'Uma' },
    project_id: 3,
    task_id: null,
    start_time: new Date(2026, 2, 4, 10, 0, 30).toISOString(),
    end_time: new Date(2026, 2, 4, 10, 0, 50).toISOString(),
    duration_seconds: 20,
    billable: true,
    notes: 'Call',
    approval_status: null,
    invoice_id: null,
    created_at: '2026-03-04T10:00:50Z',
    updated_at: '2026-03-04T10:00:50Z',
  };

  it('D3 an edit that changes only the notes sends no times', () => {
    expect(buildEntryUpdate(short, { ...entryValues(short), notes: 'Call with Ann' })).toEqual({ body: { notes: 'Call with Ann' } });
  });

  it('D3 an edit that changes nothing sends nothing', () => {
    expect(buildEntryUpdate(short, entryValues(short))).toEqual({ body: {} });
  });

  it('D3 a time the person did not touch keeps its seconds, a changed one is sent as typed', () => {
    expect(buildEntryUpdate(short, { ...entryValues(short), end: '10:05' })).toEqual({
      body: { end_time: new Date(2026, 2, 4, 10, 5).toISOString() },
    });
    // a new day moves both times, each with its own seconds
    expect(buildEntryUpdate(short, { ...entryValues(short), date: '2026-03-05' })).toEqual({
      body: { start_time: new Date(2026, 2, 5, 10, 0, 30).toISOString(), end_time: new Date(2026, 2, 5, 10, 0, 50).toISOString() },
    });
  });

  it('D3 a duration with seconds is shown with them and not resent unless changed', () => {
    const values = { ...entryValues(short), mode: 'duration' as const };
    expect(values.duration).toBe('0:00:20');
    expect(buildEntryUpdate(short, values)).toEqual({ body: {} });
    expect(buildEntryUpdate(short, { ...values, duration: '45m' })).toEqual({ body: { duration_seconds: 2700 } });
    // a start moved in duration mode keeps the duration
    expect(buildEntryUpdate(short, { ...values, start: '11:00' })).toEqual({
      body: { start_time: new Date(2026, 2, 4, 11, 0).toISOString(), duration_seconds: 20 },
    });
  });

  it('D3 moving to another project sends the task too (a task of the old project must be replaced)', () => {
    expect(buildEntryUpdate({ ...short, task_id: 7 }, { ...entryValues({ ...short, task_id: 7 }), projectId: '4', taskId: '' })).toEqual({
      body: { project_id: 4, task_id: null },
    });
  });
});

describe('duration fields use the one shared parser', () => {
  it.each([
    ['90', 5400],
    ['1h30', 5400],
    ['1h 30', 5400],
    ['2 hours', 7200],
    ['1 hour 15 minutes', 4500],
    ['1:30:15', 5415],
  ])('D6 the duration field reads %j as the shared parser does (%i seconds)', (typed, seconds) => {
    expect(buildEntryBody({ ...base, mode: 'duration', duration: typed }).body?.duration_seconds).toBe(seconds);
    expect(durationPreview(typed)).toEqual({ seconds, text: `= ${formatDurationExact(seconds)} h` });
  });

  it('D6 the duration field says when it cannot read what was typed (nothing over 24 h)', () => {
    expect(durationPreview('25h')).toEqual({ seconds: null, text: expect.stringMatching(/Cannot read/) });
    expect(durationPreview('')).toEqual({ seconds: null, text: '' });
    expect(buildEntryBody({ ...base, mode: 'duration', duration: '25h' }).errors?.duration).toMatch(/24 h/);
  });
});

describe('spanEntryValues', () => {
  const tokyo = createDates({ time_zone: 'Asia/Tokyo', week_start: 'monday', locale: 'en-GB', time_format: '24h' });

  it('prefills the day and times of a span in the person’s zone', () => {
    const values = spanEntryValues({ start: new Date('2026-03-03T22:00:00Z'), end: new Date('2026-03-03T23:30:00Z') }, 5, tokyo);
    expect(values).toMatchObject({ projectId: '5', date: '2026-03-04', mode: 'range', start: '07:00', end: '08:30' });
  });

  it('turns a span that ends on the next day into a start and a duration', () => {
    const values = spanEntryValues({ start: new Date('2026-03-04T14:00:00Z'), end: new Date('2026-03-04T15:00:00Z') }, 5, tokyo);
    expect(values).toMatchObject({ date: '2026-03-04', mode: 'duration', start: '23:00', duration: '1:00' });
    const { body } = buildEntryBody(values, undefined, tokyo);
    expect(body).toMatchObject({ start_time: '2026-03-04T14:00:00.000Z', duration_seconds: 3600 });
  });
});
