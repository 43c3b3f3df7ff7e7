import { useCallback, useEffect, useRef } from 'react';
import { useUpdateTimer } from '../api/update-timer';

/** How long typing must pause before the running timer's notes are saved. */
export const NOTES_SAVE_DELAY_MS = 800;

export type NotesSaveState = 'idle' | 'saving' | 'saved' | 'error';

/**
 * Keeps the running timer's notes on the server while they are typed (PATCH /timer): saved once
 * typing pauses for NOTES_SAVE_DELAY_MS, at once on `flush` (the field's blur), never after `cancel`
 * (a stop sends the notes itself). So a reload, another tab or a crash keeps what was typed.
 */
export function useNotesAutosave() {
  const update = useUpdateTimer();
  const { mutate } = update;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const unsaved = useRef<string | null>(null);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const notes = unsaved.current;
    if (notes === null) return;
    unsaved.current = null;
    mutate({ notes });
  }, [mutate]);
  const change = useCallback(
    (notes: string) => {
      unsaved.current = notes;
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, NOTES_SAVE_DELAY_MS);
    },
    [flush],
  );
  const cancel = useCallback(() => {
    clearTimeout(timer.current);
    unsaved.current = null;
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);

  const state: NotesSaveState = update.isPending ? 'saving' : update.isError ? 'error' : update.isSuccess ? 'saved' : 'idle';
  return { change, flush, cancel, state, error: update.error, reset: update.reset };
}
