import { permissionLabel, permissionsByCategory, PROJECT_ACTION_LABELS, PROJECT_ACTIONS } from '@timekeeper/shared';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { textBinder } from '@/lib/use-form-fields';
import type { ExplainParams } from '../api/types';
import { paramsFrom, type ExplainQuestion } from '../lib/explain-params';
import { GroupedSelect } from './grouped-select';
import { ProjectPicker } from './project-picker';
import { UserPicker } from './user-picker';

const PERMISSION_GROUPS = permissionsByCategory().map((c) => ({
  label: c.label,
  options: c.permissions.map((p) => ({ value: p, label: permissionLabel(p) })),
}));
const ACTION_OPTIONS = PROJECT_ACTIONS.map((a) => ({ value: a, label: PROJECT_ACTION_LABELS[a] }));

/** Who, and what: an account permission, or an action on a project. */
export function ExplainForm({ initial, onAsk }: { initial: ExplainQuestion; onAsk: (params: ExplainParams) => void }) {
  const [q, setQ] = useState(initial);
  const params = paramsFrom(q);
  // The question is checked here (paramsFrom), not by the API: no field errors to show.
  const bind = textBinder(q, setQ, null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (params) onAsk(params);
  };
  const radio = (mode: ExplainQuestion['mode'], label: string) => (
    <label className="flex items-center gap-2 text-sm text-fg">
      <input
        type="radio"
        name="mode"
        value={mode}
        checked={q.mode === mode}
        onChange={() => setQ({ ...q, mode })}
        className="h-4 w-4 border-line-strong text-accent-fg focus:ring-focus"
      />
      {label}
    </label>
  );

  return (
    <form onSubmit={submit} aria-label="Ask why" className="space-y-4 rounded-lg bg-surface p-4 shadow-sm ring-1 ring-line sm:p-6">
      <UserPicker value={q.userId} onChange={(userId) => setQ({ ...q, userId })} />
      <fieldset>
        <legend className="text-sm font-medium text-fg-secondary">What to check</legend>
        <div className="mt-1 flex flex-wrap gap-x-6 gap-y-2">
          {radio('permission', 'An account permission')}
          {radio('project', 'An action on a project')}
        </div>
      </fieldset>
      {q.mode === 'permission' ? (
        <GroupedSelect label="Permission" placeholder="Choose a permission" groups={PERMISSION_GROUPS} required {...bind('permission')} />
      ) : (
        <div className="space-y-3">
          <ProjectPicker value={q.projectId} onChange={(projectId) => setQ({ ...q, projectId })} />
          <SelectField label="Project action" placeholder="Choose an action" options={ACTION_OPTIONS} required {...bind('action')} />
        </div>
      )}
      <div className="flex justify-end">
        <Button type="submit" disabled={params === null}>
          Explain
        </Button>
      </div>
    </form>
  );
}
