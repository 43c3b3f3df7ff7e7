import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DARK_QUERY, isDarkTheme, readThemeChoice, setThemeChoice, startTheme, THEME_STORAGE_KEY } from './theme';

/** A stand-in for the browser's `prefers-color-scheme` media query that the test can flip. */
function fakeSystem(dark: boolean) {
  const listeners = new Set<() => void>();
  const list = {
    get matches() {
      return dark;
    },
    media: DARK_QUERY,
    addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
  };
  vi.stubGlobal('matchMedia', (query: string) => {
    expect(query).toBe(DARK_QUERY);
    return list;
  });
  return {
    set(next: boolean) {
      dark = next;
      listeners.forEach((listener) => listener());
    },
    listeners,
  };
}

const isDark = () => document.documentElement.classList.contains('dark');

describe('the colour theme', () => {
  let stop: (() => void) | undefined;
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.classList.remove('dark');
  });
  afterEach(() => {
    stop?.();
    stop = undefined;
    vi.unstubAllGlobals();
  });

  it('is dark for Dark, light for Light, and the system setting for System', () => {
    expect([isDarkTheme('dark', false), isDarkTheme('light', true), isDarkTheme('system', true), isDarkTheme('system', false)]).toEqual([
      true,
      false,
      true,
      false,
    ]);
  });

  it('reads System when nothing, or something unknown, is stored', () => {
    expect(readThemeChoice()).toBe('system');
    localStorage.setItem(THEME_STORAGE_KEY, 'sepia');
    expect(readThemeChoice()).toBe('system');
    localStorage.setItem(THEME_STORAGE_KEY, 'dark');
    expect(readThemeChoice()).toBe('dark');
    expect(
      readThemeChoice({
        getItem: () => {
          throw new Error('blocked');
        },
      }),
    ).toBe('system');
  });

  it('follows the system setting live while the choice is System, and not once Light or Dark is chosen', () => {
    const system = fakeSystem(false);
    stop = startTheme();
    expect(isDark()).toBe(false);
    system.set(true);
    expect(isDark()).toBe(true);
    system.set(false);
    expect(isDark()).toBe(false);

    setThemeChoice('dark');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    expect(isDark()).toBe(true);
    system.set(true);
    system.set(false);
    expect(isDark()).toBe(true);

    setThemeChoice('light');
    system.set(true);
    expect(isDark()).toBe(false);

    setThemeChoice('system');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
    expect(isDark()).toBe(true);
  });

  it('applies a choice stored by another tab', () => {
    fakeSystem(false);
    stop = startTheme();
    localStorage.setItem(THEME_STORAGE_KEY, 'dark');
    window.dispatchEvent(new StorageEvent('storage', { key: THEME_STORAGE_KEY, newValue: 'dark' }));
    expect(isDark()).toBe(true);
  });

  it('stops listening to the system when stopped', () => {
    const system = fakeSystem(false);
    stop = startTheme();
    stop();
    stop = undefined;
    expect(system.listeners.size).toBe(0);
  });

  it('is applied before the first paint by src/theme-init.js with the same key and rule', () => {
    const themeInitScript = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../theme-init.js'), 'utf8');
    const run = () => {
      document.documentElement.classList.remove('dark');
      new Function(themeInitScript)();
      return isDark();
    };
    const cases = [
      ['system', false],
      ['system', true],
      ['light', true],
      ['dark', false],
    ] as const;
    for (const [choice, systemDark] of cases) {
      fakeSystem(systemDark);
      if (choice === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
      else localStorage.setItem(THEME_STORAGE_KEY, choice);
      expect(run(), `${choice} with the system ${systemDark ? 'dark' : 'light'}`).toBe(isDarkTheme(choice, systemDark));
    }
  });
});
