CREATE TABLE "time_entry_months" (
	"month" date NOT NULL,
	"user_id" integer NOT NULL,
	"project_id" integer NOT NULL,
	"billable" boolean NOT NULL,
	"seconds" bigint NOT NULL,
	"entries" integer NOT NULL,
	CONSTRAINT "time_entry_months_month_user_id_project_id_billable_pk" PRIMARY KEY("month","user_id","project_id","billable")
);
--> statement-breakpoint
CREATE INDEX "time_entry_months_user_idx" ON "time_entry_months" USING btree ("user_id","month");
--> statement-breakpoint
-- The rollup follows every change of a finished entry in the same transaction: the old row's
-- figures leave its month, the new row's join theirs (running timers, end_time null, count in
-- neither). Rows that drop to zero entries are removed.
CREATE FUNCTION time_entry_months_apply(p_start timestamptz, p_user integer, p_project integer, p_billable boolean, p_seconds bigint, p_entries integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  m date := date_trunc('month', p_start AT TIME ZONE 'UTC')::date;
BEGIN
  INSERT INTO time_entry_months AS r (month, user_id, project_id, billable, seconds, entries)
    VALUES (m, p_user, p_project, p_billable, p_seconds, p_entries)
    ON CONFLICT (month, user_id, project_id, billable)
    DO UPDATE SET seconds = r.seconds + excluded.seconds, entries = r.entries + excluded.entries;
  IF p_entries < 0 THEN
    DELETE FROM time_entry_months
      WHERE month = m AND user_id = p_user AND project_id = p_project AND billable = p_billable AND entries <= 0;
  END IF;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION time_entry_months_track() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.end_time IS NOT NULL AND NEW.end_time IS NOT NULL
     AND OLD.start_time = NEW.start_time AND OLD.user_id = NEW.user_id AND OLD.project_id = NEW.project_id
     AND OLD.billable = NEW.billable AND OLD.duration_seconds = NEW.duration_seconds THEN
    RETURN NULL; -- notes, task or bookkeeping only
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.end_time IS NOT NULL THEN
    PERFORM time_entry_months_apply(OLD.start_time, OLD.user_id, OLD.project_id, OLD.billable, -OLD.duration_seconds::bigint, -1);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.end_time IS NOT NULL THEN
    PERFORM time_entry_months_apply(NEW.start_time, NEW.user_id, NEW.project_id, NEW.billable, NEW.duration_seconds::bigint, 1);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER time_entry_months_track AFTER INSERT OR UPDATE OR DELETE ON time_entries
  FOR EACH ROW EXECUTE FUNCTION time_entry_months_track();
--> statement-breakpoint
-- TRUNCATE skips row triggers: the rollup empties with the entries.
CREATE FUNCTION time_entry_months_clear() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM time_entry_months;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER time_entry_months_truncate AFTER TRUNCATE ON time_entries
  FOR EACH STATEMENT EXECUTE FUNCTION time_entry_months_clear();
--> statement-breakpoint
INSERT INTO time_entry_months (month, user_id, project_id, billable, seconds, entries)
  SELECT date_trunc('month', start_time AT TIME ZONE 'UTC')::date, user_id, project_id, billable, sum(duration_seconds), count(*)
  FROM time_entries WHERE end_time IS NOT NULL
  GROUP BY 1, 2, 3, 4;
