import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it } from 'vitest';
import { setThemeChoice, THEME_STORAGE_KEY } from '@/lib/theme';
import { AppearanceCard } from './appearance-card';

afterEach(() => setThemeChoice('system'));

it('switches the page between System, Light and Dark and remembers the choice in this browser', async () => {
  const user = userEvent.setup();
  render(<AppearanceCard />);
  const radio = (name: RegExp) => screen.getByRole<HTMLInputElement>('radio', { name });
  expect(radio(/System/).checked).toBe(true);

  await user.click(radio(/Dark/));
  expect(radio(/Dark/).checked).toBe(true);
  expect(document.documentElement.classList.contains('dark')).toBe(true);
  expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');

  await user.click(radio(/Light/));
  expect(document.documentElement.classList.contains('dark')).toBe(false);
  expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('light');
});
