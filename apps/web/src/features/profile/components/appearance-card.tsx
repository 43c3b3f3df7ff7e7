import { Monitor, Moon, Sun, type LucideIcon } from 'lucide-react';
import { setThemeChoice, useThemeChoice, type ThemeChoice } from '@/lib/theme';
import { ProfileCard } from './profile-card';

const OPTIONS: { value: ThemeChoice; label: string; hint: string; Icon: LucideIcon }[] = [
  { value: 'system', label: 'System', hint: 'Follows your device', Icon: Monitor },
  { value: 'light', label: 'Light', hint: 'Always light', Icon: Sun },
  { value: 'dark', label: 'Dark', hint: 'Always dark', Icon: Moon },
];

/**
 * Light, dark or the device's setting (docs/guides/profile.md#appearance). Applies at once and is
 * remembered in this browser only, so another device keeps its own choice.
 */
export function AppearanceCard() {
  const choice = useThemeChoice();
  return (
    <ProfileCard title="Appearance" description="Light or dark colours. Remembered in this browser.">
      <fieldset>
        <legend className="sr-only">Theme</legend>
        <div className="grid grid-cols-3 gap-2">
          {OPTIONS.map(({ value, label, hint, Icon }) => (
            <label
              key={value}
              className="flex cursor-pointer flex-col items-center gap-1 rounded-md p-3 text-center text-sm ring-1 ring-inset ring-line-strong hover:bg-surface-muted has-[:checked]:bg-accent-soft has-[:checked]:ring-2 has-[:checked]:ring-focus has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-focus"
            >
              <input
                type="radio"
                name="theme"
                value={value}
                checked={choice === value}
                onChange={() => setThemeChoice(value)}
                className="sr-only"
              />
              <Icon aria-hidden="true" className="size-5 text-fg-secondary" />
              <span className="font-medium text-fg">{label}</span>
              <span className="text-xs text-fg-subtle">{hint}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </ProfileCard>
  );
}
