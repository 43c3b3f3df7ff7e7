import { describe, expect, it } from 'vitest';
import { isTimerShortcut } from './timer-shortcut';

function key(init: KeyboardEventInit, target: HTMLElement = document.body): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  Object.defineProperty(event, 'target', { value: target });
  return event;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return el;
}

describe('isTimerShortcut', () => {
  it('takes a plain "s" when no field has the focus', () => {
    expect(isTimerShortcut(key({ key: 's', code: 'KeyS' }))).toBe(true);
    expect(isTimerShortcut(key({ key: 's', code: 'KeyS' }, element('button')))).toBe(true);
    expect(isTimerShortcut(key({ key: 's', code: 'KeyS' }, element('input', { type: 'checkbox' })))).toBe(true);
  });

  it('ignores a plain "s" typed into a field', () => {
    expect(isTimerShortcut(key({ key: 's' }, element('input')))).toBe(false);
    expect(isTimerShortcut(key({ key: 's' }, element('input', { type: 'search' })))).toBe(false);
    expect(isTimerShortcut(key({ key: 's' }, element('textarea')))).toBe(false);
    expect(isTimerShortcut(key({ key: 's' }, element('select')))).toBe(false);
    const editable = element('div');
    Object.defineProperty(editable, 'isContentEditable', { value: true });
    expect(isTimerShortcut(key({ key: 's' }, editable))).toBe(false);
  });

  it('takes Alt+S everywhere, by the physical key (Option+S types "ß" on a Mac)', () => {
    expect(isTimerShortcut(key({ key: 'ß', code: 'KeyS', altKey: true }, element('textarea')))).toBe(true);
    expect(isTimerShortcut(key({ key: 's', code: 'KeyS', altKey: true }))).toBe(true);
  });

  it('leaves other combinations, repeats and handled keys alone', () => {
    expect(isTimerShortcut(key({ key: 's', code: 'KeyS', ctrlKey: true }))).toBe(false);
    expect(isTimerShortcut(key({ key: 's', code: 'KeyS', metaKey: true }))).toBe(false);
    expect(isTimerShortcut(key({ key: 'S', code: 'KeyS', shiftKey: true }))).toBe(false);
    expect(isTimerShortcut(key({ key: 'S', code: 'KeyS', altKey: true, shiftKey: true }))).toBe(false);
    expect(isTimerShortcut(key({ key: 'd', code: 'KeyD' }))).toBe(false);
    expect(isTimerShortcut(key({ key: 's', code: 'KeyS', repeat: true }))).toBe(false);
    const handled = key({ key: 's', code: 'KeyS' });
    handled.preventDefault();
    expect(isTimerShortcut(handled)).toBe(false);
  });
});
