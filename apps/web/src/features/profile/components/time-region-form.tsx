import { useId, useMemo, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { ErrorMessage } from '@/components/ui/error-message';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { createDates } from '@/lib/dates';
import { fieldError } from '@/lib/field-errors';
import { Spinner } from '@/components/ui/spinner';
import { useMyUser, type MyUser } from '@/lib/time-settings';
import { useUpdateMe } from '../api/update-me';
import {
  asTimeFormat,
  asWeekStart,
  changedSettings,
  localeOptions,
  ownValues,
  TIME_FORMAT_OPTIONS,
  timeZoneNames,
  WEEK_START_OPTIONS,
  type TimeRegionValues,
} from '../lib/time-options';
import { ProfileCard } from './profile-card';

const DEFAULT = "Organisation's default";

/** The "Time and region" card of the profile, once GET /users/me has answered. */
export function TimeRegionCard() {
  const me = useMyUser();
  if (me.error) return <ErrorMessage error={me.error} title="Could not load your time settings" />;
  if (!me.data) return <Spinner label="Loading your time settings…" />;
  return <TimeRegionForm me={me.data} />;
}

/**
 * Time zone, week start, locale and clock (PATCH /users/me). Each can follow the organisation's
 * default instead of a value of one's own; the preview shows now as the app will write it.
 */
export function TimeRegionForm({ me }: { me: MyUser }) {
  const update = useUpdateMe();
  const saved = useMemo(() => ownValues(me), [me]);
  const [choices, setValues] = useState<Omit<TimeRegionValues, 'time_zone'>>(saved);
  // The zone as typed, apart from the "default" box: clearing the field to search again is not choosing the default.
  const [zoneDefault, setZoneDefault] = useState(saved.time_zone === '');
  const [zoneText, setZoneText] = useState(me.time_zone);
  const values: TimeRegionValues = { ...choices, time_zone: zoneDefault ? '' : zoneText.trim() };
  const zones = useMemo(() => timeZoneNames(), []);
  const listId = useId();
  const set = (patch: Partial<Omit<TimeRegionValues, 'time_zone'>>) => setValues((v) => ({ ...v, ...patch }));
  const changes = changedSettings(saved, values);
  const dirty = Object.keys(changes).length > 0;
  const zoneUnknown = !zoneDefault && !zones.includes(values.time_zone);
  const preview = createDates({
    time_zone: zoneUnknown || values.time_zone === '' ? me.time_zone : values.time_zone,
    week_start: values.week_start || me.week_start,
    locale: values.locale || me.locale,
    time_format: values.time_format || me.time_format,
  });
  const now = new Date().toISOString();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (dirty && !zoneUnknown) update.mutate(changes);
  };

  return (
    <ProfileCard
      title="Time and region"
      description="Which day an entry is on, where your week starts and how dates and times are written."
    >
      <form onSubmit={submit} className="space-y-4" noValidate>
        {update.error ? <ErrorMessage error={update.error} title="Could not save your time settings" /> : null}
        {update.isSuccess && !dirty ? <Alert tone="success">Your time settings were saved.</Alert> : null}
        <div className="space-y-2">
          <Checkbox
            label="Use the organisation's default time zone"
            checked={zoneDefault}
            onChange={(e) => setZoneDefault(e.target.checked)}
          />
          {zoneDefault ? (
            <p className="text-sm text-fg-muted">Time zone: {me.time_zone} (the organisation&apos;s)</p>
          ) : (
            <TextField
              label="Time zone"
              list={listId}
              autoComplete="off"
              value={zoneText}
              onChange={(e) => setZoneText(e.target.value)}
              error={zoneUnknown ? 'Choose a time zone from the list, e.g. Europe/Berlin' : fieldError(update.error, 'time_zone')}
              aria-description="Type to search, e.g. Tokyo or Berlin"
            />
          )}
          <datalist id={listId}>
            {zones.map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
        </div>
        <div className="grid gap-3 sm:grid-cols-3">
          <SelectField
            label="Week starts on"
            value={values.week_start}
            onChange={(e) => set({ week_start: asWeekStart(e.target.value) })}
            options={WEEK_START_OPTIONS}
            placeholder={DEFAULT}
            error={fieldError(update.error, 'week_start')}
          />
          <SelectField
            label="Locale"
            value={values.locale}
            onChange={(e) => set({ locale: e.target.value })}
            options={localeOptions(values.locale || saved.locale)}
            placeholder={DEFAULT}
            error={fieldError(update.error, 'locale')}
          />
          <SelectField
            label="Clock"
            value={values.time_format}
            onChange={(e) => set({ time_format: asTimeFormat(e.target.value) })}
            options={TIME_FORMAT_OPTIONS}
            placeholder={DEFAULT}
            error={fieldError(update.error, 'time_format')}
          />
        </div>
        <p className="text-sm text-fg-muted" aria-live="polite">
          Now: {preview.formatDateTime(now)} · this week from {preview.formatDay(preview.thisWeek().start)}
        </p>
        <Button type="submit" disabled={!dirty || zoneUnknown || update.isPending}>
          {update.isPending ? 'Saving…' : 'Save time settings'}
        </Button>
      </form>
    </ProfileCard>
  );
}
