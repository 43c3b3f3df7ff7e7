import { describe, expect, it } from 'vitest';
import type { Task } from '../api/types';
import { createTaskBody, taskValues, updateTaskBody } from './task-form';

const task: Task = {
  id: 4,
  project_id: 2,
  name: 'Design system',
  description: '',
  status: 'in_progress',
  assignee_id: 7,
  assignee: { id: 7, name: 'Riley' },
  due_date: null,
  created_by: 3,
  created_at: '2026-03-01T10:00:00Z',
  updated_at: '2026-03-01T10:00:00Z',
};

describe('task form bodies', () => {
  it('creates with nulls for an empty assignee and due date', () => {
    expect(createTaskBody({ ...taskValues(undefined, 2), name: '  Launch  ' })).toEqual({
      project_id: 2,
      name: 'Launch',
      description: '',
      status: 'todo',
      assignee_id: null,
      due_date: null,
    });
  });

  it('sends only changed fields on update, so an unchanged assignee is left alone', () => {
    expect(updateTaskBody(task, { ...taskValues(task), status: 'done' })).toEqual({ status: 'done' });
    expect(updateTaskBody(task, taskValues(task))).toEqual({});
    expect(updateTaskBody(task, { ...taskValues(task), assigneeId: '', dueDate: '2026-04-01' })).toEqual({
      assignee_id: null,
      due_date: '2026-04-01',
    });
  });
});
