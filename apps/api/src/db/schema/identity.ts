import { TIME_FORMATS, WEEK_STARTS } from '@timekeeper/shared';
import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { timestamps } from './columns.js';

export const users = pgTable(
  'users',
  {
    id: serial('id').primaryKey(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    /** Legacy single-role column (`admin` / `user`); `seed-permissions` turns it into role assignments. */
    role: text('role'),
    isActive: boolean('is_active').notNull().default(true),
    ...timestamps(),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    /** The user's own time settings; null = the organisation's default (docs/api/users.md). IANA zone name. */
    timeZone: text('time_zone'),
    weekStart: text('week_start', { enum: WEEK_STARTS }),
    /** BCP 47 language tag. */
    locale: text('locale'),
    timeFormat: text('time_format', { enum: TIME_FORMATS }),
  },
  (t) => [uniqueIndex('users_email_lower_key').on(sql`lower(${t.email})`)],
);

/** A required user_id referencing users; onDelete says what becomes of the row when its user goes. */
export const userIdColumn = (onDelete: 'cascade' | 'restrict') =>
  integer('user_id')
    .notNull()
    .references(() => users.id, { onDelete });

/** Server-side sessions: the session JWT names one; revoking the row ends the session at once. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: userIdColumn('cascade'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);
