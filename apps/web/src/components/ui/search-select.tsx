import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Command } from 'cmdk';
import { Popover } from 'radix-ui';
import { useEffect, useState, type ReactNode } from 'react';
import { isApiError } from '@/lib/api-client';
import { Field } from './field';

/** One choice of a SearchSelect. `group` puts server results under a heading (e.g. a task's project). */
export interface SearchOption {
  /** Unique among the options (an id as text). */
  value: string;
  label: string;
  /** A second, smaller line (e.g. the client of a project). */
  description?: string | undefined;
  group?: string | undefined;
  /** Shown, but cannot be chosen (e.g. "already a member"); the reason is read after the label. */
  disabledReason?: string | undefined;
}

/**
 * The option a picker shows for `value` (a string id; '' = none): the one picked here while it is still
 * the value, so its name stays after the search closes; otherwise `{ value, label: fallbackLabel }`.
 * Returns it and the setter to call with each pick.
 */
export function usePickedOption(value: string, fallbackLabel: string) {
  const [picked, setPicked] = useState<SearchOption | null>(null);
  const selected: SearchOption | null = !value ? null : picked?.value === value ? picked : { value, label: fallbackLabel };
  return [selected, setPicked] as const;
}

/** Options offered before the search results, e.g. `{ heading: 'Recent', options }`; filtered locally by the typed text. */
export interface SearchSelectGroup<T extends SearchOption> {
  heading: string;
  options: T[];
}

export interface SearchSelectProps<T extends SearchOption> {
  label: string;
  /** The chosen option, or null. */
  value: T | null;
  onChange: (option: T | null) => void;
  /** The query key of the search; the typed text is appended to it. */
  queryKey: readonly unknown[];
  /** Asks the server for the options matching `q` (already trimmed). */
  search: (q: string, signal: AbortSignal) => Promise<T[]>;
  /** Characters to type before the server is asked (default 0: the first page shows on opening). */
  minChars?: number;
  /** The button's text while nothing is chosen. */
  placeholder?: string;
  /** The search box's placeholder. */
  searchPlaceholder?: string;
  /** Shown when the server finds nothing. */
  emptyText?: string;
  /** Groups shown above the results (e.g. recent projects), matched by label against the typed text. */
  groups?: SearchSelectGroup<T>[];
  /** Why an option cannot be chosen right now (e.g. "already a member"), or undefined; read at every render. */
  unavailable?: (option: T) => string | undefined;
  /** Offers "Clear" to go back to no choice (filters). */
  clearable?: boolean;
  disabled?: boolean;
  /** The id of the button (defaults to a generated one). */
  id?: string;
  /** Submits the chosen value under this name in a native form (a hidden input). */
  name?: string;
  hint?: string | undefined;
  error?: string | undefined;
  className?: string;
}

const DEBOUNCE_MS = 250;

/** `value` after it has stopped changing for `ms`. */
function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

function groupByHeading<T extends SearchOption>(options: T[]): [string | undefined, T[]][] {
  const groups = new Map<string | undefined, T[]>();
  for (const o of options) groups.set(o.group, [...(groups.get(o.group) ?? []), o]);
  return [...groups];
}

const itemClass =
  'flex cursor-pointer flex-col rounded px-2 py-1.5 text-sm text-fg data-[selected=true]:bg-accent-soft data-[disabled=true]:cursor-default data-[disabled=true]:opacity-60';
const headingClass =
  '[&_[cmdk-group-heading]]:px-2 [&_[cmdk-group-heading]]:py-1 [&_[cmdk-group-heading]]:text-xs [&_[cmdk-group-heading]]:font-medium [&_[cmdk-group-heading]]:text-fg-subtle';

/**
 * A labelled, searchable picker that asks the server as the person types (debounced, through
 * TanStack Query) instead of loading a first page of everything: a button showing the choice opens
 * a popover with a search box and the matching options (cmdk: arrows, Enter, Escape; a listbox
 * for screen readers). Loading, empty and error states are shown inside the list.
 */
export function SearchSelect<T extends SearchOption>({
  label,
  value,
  onChange,
  queryKey,
  search,
  minChars = 0,
  placeholder = 'Choose…',
  searchPlaceholder = 'Search…',
  emptyText = 'Nothing matches.',
  groups = [],
  unavailable,
  clearable = false,
  disabled = false,
  id,
  name,
  hint,
  error,
  className = '',
}: SearchSelectProps<T>) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), DEBOUNCE_MS);
  const ready = q.length >= minChars;
  const results = useQuery({
    queryKey: [...queryKey, q],
    queryFn: ({ signal }) => search(q, signal),
    enabled: open && ready,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });

  const needle = text.trim().toLowerCase();
  const shownGroups = groups
    .map((g) => ({ ...g, options: needle ? g.options.filter((o) => o.label.toLowerCase().includes(needle)) : g.options }))
    .filter((g) => g.options.length > 0);
  const pinned = new Set(shownGroups.flatMap((g) => g.options.map((o) => o.value)));
  const found = ready && results.data ? results.data.filter((o) => !pinned.has(o.value)) : [];
  const typing = text.trim() !== q;

  const openOrClose = (next: boolean) => {
    setOpen(next);
    if (!next) setText('');
  };
  const choose = (option: T | null) => {
    onChange(option);
    openOrClose(false);
  };
  const renderOption = (o: T) => {
    const reason = o.disabledReason ?? unavailable?.(o);
    return (
      <Command.Item key={o.value} value={o.value} disabled={reason !== undefined} onSelect={() => choose(o)} className={itemClass}>
        <span className="font-medium">
          {o.label}
          {reason ? <span className="font-normal text-fg-subtle"> · {reason}</span> : null}
        </span>
        {o.description ? <span className="truncate text-xs text-fg-subtle">{o.description}</span> : null}
      </Command.Item>
    );
  };

  let status: ReactNode = null;
  if (!ready && shownGroups.length === 0) status = `Type at least ${minChars} character${minChars === 1 ? '' : 's'} to search.`;
  else if (ready && results.isError)
    status = (
      <span className="text-danger-fg">
        {isApiError(results.error) ? results.error.message : 'The list could not be loaded.'}{' '}
        <button type="button" className="font-medium underline" onClick={() => void results.refetch()}>
          Try again
        </button>
      </span>
    );
  else if (ready && (results.isPending || typing || (results.isFetching && results.isPlaceholderData))) status = 'Searching…';
  else if (ready && found.length === 0 && shownGroups.length === 0) status = emptyText;

  return (
    <Field label={label} error={error} hint={hint} className={className} id={id}>
      {(control) => (
        <>
          {/* modal: the list scrolls and traps focus even inside a dialog, whose scroll lock would catch it */}
          <Popover.Root open={open} onOpenChange={openOrClose} modal>
            <Popover.Trigger asChild>
              <button
                {...control}
                type="button"
                role="combobox"
                aria-expanded={open}
                aria-haspopup="listbox"
                disabled={disabled}
                className="mt-1 flex w-full items-center justify-between gap-2 rounded-md bg-surface px-3 py-2 text-left text-fg shadow-sm ring-1 ring-inset ring-line-strong focus:outline-none focus:ring-2 focus:ring-inset focus:ring-focus disabled:cursor-not-allowed disabled:opacity-60 aria-[invalid=true]:ring-danger sm:text-sm"
              >
                <span className={`truncate ${value ? '' : 'text-fg-subtle'}`}>{value ? value.label : placeholder}</span>
                <span aria-hidden="true" className="text-fg-faint">
                  ▾
                </span>
              </button>
            </Popover.Trigger>
            <Popover.Portal>
              <Popover.Content
                align="start"
                sideOffset={4}
                className="z-50 w-[var(--radix-popover-trigger-width)] min-w-[min(18rem,calc(100vw-2rem))] max-w-[calc(100vw-2rem)] rounded-md bg-surface p-1 shadow-lg ring-1 ring-line"
              >
                <Command shouldFilter={false} label={`Search: ${label}`} className={headingClass}>
                  <Command.Input
                    value={text}
                    onValueChange={setText}
                    placeholder={searchPlaceholder}
                    className="block w-full rounded-md border-0 px-2 py-1.5 text-sm text-fg ring-1 ring-inset ring-line-strong placeholder:text-fg-faint focus:outline-none focus:ring-2 focus:ring-focus"
                  />
                  <Command.List className="mt-1 max-h-64 overflow-y-auto">
                    {status ? (
                      <div role="status" className="px-2 py-2 text-sm text-fg-muted">
                        {status}
                      </div>
                    ) : null}
                    {clearable && value ? (
                      <Command.Item value="__clear__" onSelect={() => choose(null)} className={itemClass}>
                        <span className="text-fg-muted">Clear the choice</span>
                      </Command.Item>
                    ) : null}
                    {shownGroups.map((g) => (
                      <Command.Group key={`pinned:${g.heading}`} heading={g.heading}>
                        {g.options.map(renderOption)}
                      </Command.Group>
                    ))}
                    {groupByHeading(found).map(([heading, options]) =>
                      heading === undefined && shownGroups.length === 0 ? (
                        options.map(renderOption)
                      ) : (
                        <Command.Group key={`found:${heading ?? ''}`} heading={heading ?? 'All'}>
                          {options.map(renderOption)}
                        </Command.Group>
                      ),
                    )}
                  </Command.List>
                </Command>
              </Popover.Content>
            </Popover.Portal>
          </Popover.Root>
          {name ? <input type="hidden" name={name} value={value?.value ?? ''} /> : null}
        </>
      )}
    </Field>
  );
}
