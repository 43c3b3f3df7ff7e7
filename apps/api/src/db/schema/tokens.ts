import { bigint, index, integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { userIdColumn } from './identity.js';

/** API tokens. The secret itself is never stored: only its SHA-256 and a display prefix. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: serial('id').primaryKey(),
    userId: userIdColumn('cascade'),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    tokenHash: text('token_hash').notNull().unique(),
    prefix: text('prefix').notNull(),
    scopes: jsonb('scopes').$type<string[]>().notNull(),
    /** IP addresses or CIDR ranges the token may be used from; null: anywhere. */
    allowedIps: jsonb('allowed_ips').$type<string[] | null>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    lastUsedIp: text('last_used_ip'),
    usageCount: bigint('usage_count', { mode: 'number' }).notNull().default(0),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    /** Set on the token a rotation replaced. */
    replacedById: integer('replaced_by_id'),
  },
  (t) => [index('api_tokens_user_idx').on(t.userId)],
);
