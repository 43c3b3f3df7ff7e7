import { jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** System settings as key/value rows (changed through `manage_settings`). */
export const appSettings = pgTable('app_settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
