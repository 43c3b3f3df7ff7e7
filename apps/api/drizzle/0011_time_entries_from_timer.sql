ALTER TABLE "time_entries" ADD COLUMN "from_timer" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- Entries started with the timer were known only by their `timer.start` audit row until now.
UPDATE "time_entries" SET "from_timer" = true WHERE "id" IN (SELECT "target_id"::integer FROM "audit_logs" WHERE "action" = 'timer.start' AND "target_type" = 'time_entry' AND "target_id" ~ '^[0-9]+$');
