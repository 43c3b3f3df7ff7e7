import { Tabs as RadixTabs } from 'radix-ui';
import type { ReactNode } from 'react';

export interface TabDef {
  value: string;
  label: string;
  content: ReactNode;
}

/** Accessible tabs (arrow keys move between them) from Radix UI. Pass only the tabs allowed. */
export function Tabs({
  tabs,
  value,
  onValueChange,
  label,
}: {
  tabs: TabDef[];
  value?: string;
  onValueChange?: (v: string) => void;
  label: string;
}) {
  if (tabs.length === 0) return null;
  return (
    <RadixTabs.Root value={value} defaultValue={tabs[0]!.value} onValueChange={onValueChange}>
      <RadixTabs.List aria-label={label} className="flex gap-1 border-b border-line">
        {tabs.map((t) => (
          <RadixTabs.Trigger
            key={t.value}
            value={t.value}
            className="-mb-px border-b-2 border-transparent px-3 py-2 text-sm font-medium text-fg-muted hover:text-fg focus:outline-none focus-visible:ring-2 focus-visible:ring-focus data-[state=active]:border-accent data-[state=active]:text-accent-fg"
          >
            {t.label}
          </RadixTabs.Trigger>
        ))}
      </RadixTabs.List>
      {tabs.map((t) => (
        <RadixTabs.Content
          key={t.value}
          value={t.value}
          className="mt-4 rounded-md focus:outline-none focus-visible:ring-2 focus-visible:ring-focus"
        >
          {t.content}
        </RadixTabs.Content>
      ))}
    </RadixTabs.Root>
  );
}
