/**
 * The timer's keyboard shortcut: Alt+S anywhere on the page, or a plain "s" while no text field,
 * select or editable element has the focus (so typing notes never stops the timer).
 * Alt+S is matched on the physical key (`code`): on a Mac, Option+S types "ß".
 */
import { useEffect, useRef } from 'react';

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
  }
  return false;
}

export function isTimerShortcut(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.repeat || event.isComposing) return false;
  if (event.ctrlKey || event.metaKey) return false;
  if (event.altKey) return event.code === 'KeyS' && !event.shiftKey;
  return event.key === 's' && !event.shiftKey && !isEditable(event.target);
}

/** Calls `onToggle` on the shortcut while `enabled`; the listener always sees the latest callback. */
export function useTimerShortcut(onToggle: () => void, enabled = true): void {
  const callback = useRef(onToggle);
  useEffect(() => {
    callback.current = onToggle;
  }, [onToggle]);
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isTimerShortcut(event)) return;
      event.preventDefault();
      callback.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
