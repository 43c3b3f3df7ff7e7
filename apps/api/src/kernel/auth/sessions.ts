/**
 * Browser sessions as principal resolution sees them: a server-side row named by the cookie's JWT,
 * looked up through the authorization cache (`AuthzCache.session`) and touched when the cookie is
 * renewed. Creating and ending sessions (login, logout, password change) is the auth module's.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { sessions } from '../../db/schema/index.js';

/** Records that the session was seen now (called on sliding renewal, not on every request). */
export async function touchSession(db: Db, sessionId: string): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: new Date() }).where(eq(sessions.id, sessionId));
}
