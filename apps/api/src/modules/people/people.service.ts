/**
 * The people directory (docs/api/people.md): active users found by name or email, answered with id
 * and name only, for whoever may add people to a project — holders of `view_users`, and anyone who
 * may add members to at least one project (the `invite_members` action: the project's admin level,
 * the `can_invite` flag, or an account admin role). Project administrators without `view_users` so
 * pick a person by name instead of typing a user id, and learn nothing else about them.
 */
import { and, asc, eq, ilike, or } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema/index.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { containsPattern } from '../../lib/search.js';
import { projectsAllowing } from '../projects/project-access.js';

/** The most people one search answers: the picker shows a short list, the person types more. */
export const PEOPLE_LIMIT = 20;

/** 403 unless the actor holds `view_users` or may add members to some project (any status: an admin may reactivate it). */
async function requireDirectory(db: Db, actor: Actor): Promise<void> {
  if (actor.account.permissions.has('view_users')) return;
  const projects = await projectsAllowing(db, actor, 'invite_members');
  if (projects === 'all' || projects.length > 0) return;
  throw new AppError(
    'forbidden',
    "Searching people requires the 'view_users' permission, or the 'admin' level or the Invite Members flag on a project",
    { required_project_level: 'admin', project_action: 'invite_members' },
  );
}

export async function searchPeople(db: Db, actor: Actor, q: string) {
  await requireDirectory(db, actor);
  const pattern = containsPattern(q.trim());
  const people = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.isActive, true), or(ilike(users.name, pattern), ilike(users.email, pattern))))
    .orderBy(asc(users.name), asc(users.id))
    .limit(PEOPLE_LIMIT);
  return { people };
}
