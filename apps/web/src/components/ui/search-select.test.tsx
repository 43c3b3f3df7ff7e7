import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { SearchSelect, type SearchOption } from './search-select';

const PEOPLE: SearchOption[] = [
  { value: '1', label: 'Ada Lovelace' },
  { value: '2', label: 'Alan Turing', description: 'Bletchley' },
  { value: '3', label: 'Grace Hopper', disabledReason: 'already a member' },
];

function Harness(props: {
  search: (q: string, signal: AbortSignal) => Promise<SearchOption[]>;
  minChars?: number;
  groups?: { heading: string; options: SearchOption[] }[];
  onChange?: (o: SearchOption | null) => void;
}) {
  const [value, setValue] = useState<SearchOption | null>(null);
  return (
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <SearchSelect
        label="Person"
        value={value}
        onChange={(o) => {
          setValue(o);
          props.onChange?.(o);
        }}
        queryKey={['test-people']}
        search={props.search}
        minChars={props.minChars}
        groups={props.groups}
        placeholder="Choose a person"
        emptyText="Nobody matches."
        name="person"
      />
    </QueryClientProvider>
  );
}

const matching = (q: string) => PEOPLE.filter((p) => p.label.toLowerCase().includes(q.toLowerCase()));

describe('SearchSelect', { timeout: 15_000 }, () => {
  it('asks the server once the minimum is typed (debounced), then chooses with the keyboard', async () => {
    const search = vi.fn(async (q: string) => matching(q));
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(<Harness search={search} minChars={2} onChange={onChange} />);

    const button = screen.getByRole('combobox', { name: 'Person' });
    expect(button.textContent).toContain('Choose a person');
    await user.click(button);
    expect(await screen.findByText('Type at least 2 characters to search.')).toBeTruthy();
    const input = screen.getByRole('combobox', { name: 'Search: Person' });
    await user.type(input, 'l');
    await new Promise((r) => setTimeout(r, 400));
    expect(search).not.toHaveBeenCalled();

    await user.type(input, 'a');
    expect(await screen.findByRole('option', { name: /Alan Turing/ })).toBeTruthy();
    // One request for the final text, not one per keystroke.
    expect(search.mock.calls.map((c) => c[0])).toEqual(['la']);
    expect(screen.getByRole('option', { name: /Ada Lovelace/ })).toBeTruthy();

    await user.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(screen.queryByRole('listbox')).toBeNull());
    expect(onChange).toHaveBeenCalledWith(PEOPLE[1]);
    expect(button.textContent).toContain('Alan Turing');
    expect((document.querySelector('input[name="person"]') as HTMLInputElement).value).toBe('2');
  });

  it('shows the empty text, keeps disabled options unselectable, and Escape closes without choosing', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(<Harness search={async (q) => matching(q)} onChange={onChange} />);
    await user.click(screen.getByRole('combobox', { name: 'Person' }));
    const input = screen.getByRole('combobox', { name: 'Search: Person' });
    await user.type(input, 'zz');
    expect(await screen.findByText('Nobody matches.')).toBeTruthy();

    await user.clear(input);
    await user.type(input, 'grace');
    const grace = await screen.findByRole('option', { name: /Grace Hopper · already a member/ });
    expect(grace.getAttribute('aria-disabled')).toBe('true');
    await user.click(grace);
    expect(onChange).not.toHaveBeenCalled();

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('listbox')).toBeNull());
    expect(onChange).not.toHaveBeenCalled();
  });

  it("shows the server's refusal with Try again", async () => {
    const user = userEvent.setup();
    render(
      <Harness
        search={async () => {
          throw new Error('offline');
        }}
      />,
    );
    await user.click(screen.getByRole('combobox', { name: 'Person' }));
    expect(await screen.findByText(/The list could not be loaded/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('lists the pinned group first, filtered by the typed text, without repeating its options among the results', async () => {
    const user = userEvent.setup();
    render(<Harness search={async (q) => matching(q)} groups={[{ heading: 'Recent', options: [PEOPLE[0]!] }]} />);
    await user.click(screen.getByRole('combobox', { name: 'Person' }));
    const input = screen.getByRole('combobox', { name: 'Search: Person' });
    await user.type(input, 'a');
    await screen.findByRole('option', { name: /Alan Turing/ });
    const names = screen.getAllByRole('option').map((o) => o.textContent);
    expect(names[0]).toBe('Ada Lovelace');
    expect(names.filter((n) => n === 'Ada Lovelace')).toHaveLength(1);
    expect(screen.getByText('Recent')).toBeTruthy();
  });
});
