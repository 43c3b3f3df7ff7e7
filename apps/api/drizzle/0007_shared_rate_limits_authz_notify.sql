CREATE TABLE "rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"count" integer NOT NULL,
	"first_at" bigint NOT NULL,
	"last_at" bigint NOT NULL,
	"expires_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE INDEX "rate_limits_expires_idx" ON "rate_limits" USING btree ("expires_at");--> statement-breakpoint
-- Counters need no WAL: a crash only forgives the attempts counted so far.
ALTER TABLE "rate_limits" SET UNLOGGED;
--> statement-breakpoint
-- Every bump of the authorization version tells the listening instances, in the bump's own
-- transaction: PostgreSQL delivers the notification when (and only if) the change commits.
CREATE FUNCTION authz_state_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('tk_authz', NEW.version::text);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER authz_state_notify AFTER UPDATE OF version ON authz_state
  FOR EACH ROW EXECUTE FUNCTION authz_state_notify();
