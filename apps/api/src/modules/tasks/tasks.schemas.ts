import { Type } from 'typebox';
import { TASK_STATUSES } from '../../db/schema/index.js';
import { Id, IsoDate, IsoDateTime, Pagination, PaginationQuery, StringEnum } from '../../lib/schemas.js';

const Status = StringEnum(TASK_STATUSES);
const Name = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });
const Description = Type.String({ maxLength: 5000 });

export const Task = Type.Object({
  id: Type.Integer(),
  project_id: Type.Integer(),
  name: Type.String(),
  description: Type.String(),
  status: Status,
  assignee_id: Type.Union([Type.Integer(), Type.Null()]),
  assignee: Type.Union([Type.Object({ id: Type.Integer(), name: Type.String() }), Type.Null()]),
  due_date: Type.Union([Type.String({ description: 'YYYY-MM-DD' }), Type.Null()]),
  created_by: Type.Union([Type.Integer(), Type.Null()]),
  created_at: IsoDateTime,
  updated_at: IsoDateTime,
});

export const TaskList = Type.Object({ tasks: Type.Array(Task), pagination: Pagination });

export const TasksQuery = Type.Object(
  {
    ...PaginationQuery,
    project_id: Type.Optional(Id),
    status: Type.Optional(Status),
    assignee_id: Type.Optional(Id),
    q: Type.Optional(Type.String({ maxLength: 200, description: 'Matches the name' })),
  },
  { additionalProperties: false },
);

export const CreateTaskBody = Type.Object(
  {
    project_id: Id,
    name: Name,
    description: Type.Optional(Description),
    status: Type.Optional(Status),
    assignee_id: Type.Optional(Type.Union([Id, Type.Null()])),
    due_date: Type.Optional(Type.Union([IsoDate, Type.Null()])),
  },
  { additionalProperties: false },
);

/** No project_id: a task never moves to another project. */
export const UpdateTaskBody = Type.Object(
  {
    name: Type.Optional(Name),
    description: Type.Optional(Description),
    status: Type.Optional(Status),
    assignee_id: Type.Optional(Type.Union([Id, Type.Null()], { description: 'null unassigns' })),
    due_date: Type.Optional(Type.Union([IsoDate, Type.Null()])),
  },
  { additionalProperties: false, minProperties: 1 },
);
