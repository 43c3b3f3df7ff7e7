import { useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorMessage } from '@/components/ui/error-message';
import { QueryState } from '@/components/ui/query-state';
import { Spinner } from '@/components/ui/spinner';
import { isApiError } from '@/lib/api-client';
import { useProjectTasks } from '@/features/tasks';
import { useNoProjectAllowing, useProject } from '@/lib/records/project-search';
import { formatElapsed } from '@/lib/duration';
import { useTimerStatus } from '../api/get-timer-status';
import { useStartTimer } from '../api/start-timer';
import { useStopTimer } from '../api/stop-timer';
import { useNotesAutosave } from '../lib/use-notes-autosave';
import { useTimerShortcut } from '../lib/timer-shortcut';
import { useElapsedSeconds } from '../lib/use-elapsed';
import { RunningTimer } from './running-timer';
import { StartTimerForm, type TimerDraft } from './start-timer-form';

type Notice = { tone: 'success' | 'info'; text: string } | null;

/** Start/stop the timer, with the keyboard shortcut; a 409 on start shows the timer that runs. */
export function TimerPanel() {
  const status = useTimerStatus();
  const start = useStartTimer();
  const stop = useStopTimer();
  const notesSave = useNotesAutosave();
  const [draft, setDraft] = useState<TimerDraft>({ projectId: '', taskId: '', notes: '' });
  const [runningNotes, setRunningNotes] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [missingProject, setMissingProject] = useState(false);
  const projectField = useRef<HTMLDivElement>(null);

  const running = status.data?.running ? status.data.time_entry : null;
  const elapsed = useElapsedSeconds(status.data?.elapsed_seconds ?? null, status.dataUpdatedAt);
  const runningTasks = useProjectTasks(running?.project_id);
  const runningProject = useProject(running?.project_id);
  const loggable = useNoProjectAllowing('log_own_time', status.isSuccess && !running);
  const projectName = (id: number) => (runningProject.data?.id === id ? runningProject.data.name : `Project ${id}`);

  const startNow = () => {
    if (!draft.projectId) {
      setMissingProject(true);
      projectField.current?.querySelector('button')?.focus();
      return;
    }
    setNotice(null);
    stop.reset();
    const body = {
      // The moment of the click: a slow request, or one sent again, still starts the timer then.
      start_time: new Date().toISOString(),
      project_id: Number(draft.projectId),
      task_id: draft.taskId ? Number(draft.taskId) : null,
      ...(draft.notes ? { notes: draft.notes } : {}),
    };
    start.mutate(body, {
      onSuccess: () => setDraft((d) => ({ ...d, notes: '' })),
      onError: (error) => {
        if (isApiError(error) && error.status === 409)
          setNotice({ tone: 'info', text: `${error.message}. This is the timer that is running — stop it first.` });
      },
    });
  };
  const stopNow = () => {
    // The stop carries the notes itself; a save still waiting for a pause in typing is not needed.
    notesSave.cancel();
    stop.mutate(runningNotes === null ? {} : { notes: runningNotes }, {
      onSuccess: (entry) => {
        setRunningNotes(null);
        notesSave.reset();
        start.reset();
        setNotice({
          tone: 'success',
          text: `Stopped after ${formatElapsed(entry.duration_seconds ?? 0)}: logged on ${projectName(entry.project_id)}.`,
        });
      },
    });
  };
  const busy = start.isPending || stop.isPending || !status.isSuccess;
  const toggle = () => {
    if (busy) return;
    if (running) stopNow();
    else startNow();
  };
  useTimerShortcut(toggle, status.isSuccess);

  const startError = start.error && !(isApiError(start.error) && start.error.status === 409) ? start.error : null;
  return (
    <div className="space-y-4 rounded-lg bg-surface p-4 shadow-sm ring-1 ring-line sm:p-6">
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      {stop.error ? <ErrorMessage error={stop.error} title="Could not stop the timer" /> : null}
      <QueryState query={status} loadingLabel="Checking for a running timer…">
        {() =>
          running ? (
            <RunningTimer
              entry={running}
              elapsed={elapsed ?? 0}
              projectName={projectName(running.project_id)}
              taskName={runningTasks.data?.find((t) => t.id === running.task_id)?.name}
              notes={runningNotes ?? running.notes}
              onNotesChange={(notes) => {
                setRunningNotes(notes);
                notesSave.change(notes);
              }}
              onNotesBlur={notesSave.flush}
              notesSave={notesSave.state}
              notesSaveError={notesSave.error}
              onStop={stopNow}
              pending={stop.isPending}
            />
          ) : loggable.isPending ? (
            <Spinner label="Loading your projects…" />
          ) : loggable.none ? (
            <EmptyState title="No project to log time on">
              The timer needs a project where you may log time: the “edit time and expenses” level or the Track Time flag. A project
              administrator can grant it.
            </EmptyState>
          ) : (
            <>
              {startError ? (
                <div className="space-y-2">
                  <ErrorMessage error={startError} title="Could not start the timer" />
                  <Button variant="secondary" onClick={startNow} disabled={start.isPending}>
                    Try again
                  </Button>
                </div>
              ) : null}
              <StartTimerForm
                draft={draft}
                onChange={(patch) => {
                  setDraft((d) => ({ ...d, ...patch }));
                  if (patch.projectId) setMissingProject(false);
                }}
                onStart={startNow}
                pending={start.isPending}
                error={start.error}
                missingProject={missingProject}
                projectFieldRef={projectField}
              />
            </>
          )
        }
      </QueryState>
    </div>
  );
}
