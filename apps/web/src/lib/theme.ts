import { useSyncExternalStore } from 'react';

/**
 * The colour theme (docs/development/README.md#themes): System follows the device's light or dark
 * setting as it changes, Light and Dark stay. The choice lives in this browser's localStorage, not on
 * the server; `src/theme-init.js` applies it before the first paint with the same key and rule,
 * and `startTheme` keeps `<html class="dark">` in step afterwards (system changes, other tabs, the
 * profile's switch).
 */
export type ThemeChoice = 'system' | 'light' | 'dark';

export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];
/** Also read by src/theme-init.js: change both together. */
export const THEME_STORAGE_KEY = 'timekeeper.theme';
export const DARK_QUERY = '(prefers-color-scheme: dark)';

const isChoice = (value: unknown): value is ThemeChoice => THEME_CHOICES.includes(value as ThemeChoice);

/** The stored choice; System when none is stored, it is unreadable (storage blocked) or unknown. */
export function readThemeChoice(storage: Pick<Storage, 'getItem'> | null = safeStorage()): ThemeChoice {
  try {
    const value = storage?.getItem(THEME_STORAGE_KEY);
    return isChoice(value) ? value : 'system';
  } catch {
    return 'system';
  }
}

/** Whether the page is dark for a choice, given whether the system asks for dark. */
export function isDarkTheme(choice: ThemeChoice, systemDark: boolean): boolean {
  return choice === 'dark' || (choice === 'system' && systemDark);
}

function safeStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

const darkMedia = () => (typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(DARK_QUERY) : null);

// Only used when localStorage refuses to store (some private modes): the choice holds for this page.
let memoryChoice: ThemeChoice | null = null;
const currentChoice = () => memoryChoice ?? readThemeChoice();

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

function apply() {
  const dark = isDarkTheme(currentChoice(), darkMedia()?.matches ?? false);
  document.documentElement.classList.toggle('dark', dark);
}

/** Stores the choice (System removes it) and applies it at once. */
export function setThemeChoice(choice: ThemeChoice): void {
  memoryChoice = null;
  try {
    if (choice === 'system') safeStorage()?.removeItem(THEME_STORAGE_KEY);
    else safeStorage()?.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    memoryChoice = choice;
  }
  apply();
  notify();
}

/** The current choice, for the profile's switch; re-renders when it changes here or in another tab. */
export function useThemeChoice(): ThemeChoice {
  return useSyncExternalStore(
    (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    currentChoice,
    () => 'system' as const,
  );
}

/**
 * Applies the theme now and keeps it applied: when the system setting changes (System follows it)
 * and when another tab stores a choice. Returns a function that stops listening.
 */
export function startTheme(): () => void {
  apply();
  const media = darkMedia();
  const onStorage = (event: StorageEvent) => {
    if (event.key !== null && event.key !== THEME_STORAGE_KEY) return;
    apply();
    notify();
  };
  media?.addEventListener('change', apply);
  window.addEventListener('storage', onStorage);
  return () => {
    media?.removeEventListener('change', apply);
    window.removeEventListener('storage', onStorage);
  };
}
