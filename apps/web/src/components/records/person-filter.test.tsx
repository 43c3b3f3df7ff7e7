import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { PeopleSource } from '@/lib/records/people-options';
import { PersonFilter } from './person-filter';

const PEOPLE = [
  { id: 1, name: 'Ana Lima' },
  { id: 2, name: 'Bo Chen' },
  { id: 3, name: 'Cy Diaz' },
];

function source(): PeopleSource & { search: ReturnType<typeof vi.fn> } {
  return {
    key: ['test-people'],
    search: vi.fn(async (q: string) => PEOPLE.filter((p) => p.name.toLowerCase().includes(q.toLowerCase()))),
    nameOf: async (id: number) => PEOPLE.find((p) => p.id === id)?.name ?? null,
  };
}

function renderFilter(props: Partial<Parameters<typeof PersonFilter>[0]>) {
  const onChange = vi.fn();
  render(
    <QueryClientProvider client={new QueryClient()}>
      <PersonFilter className="" value={undefined} onChange={onChange} source={source()} me={1} placeholder="Everyone" {...props} />
    </QueryClientProvider>,
  );
  return onChange;
}

describe('person filter', { timeout: 15_000 }, () => {
  it('offers Me first, then the others the server finds for the typed text, and clears back to everyone', async () => {
    const people = source();
    const onChange = renderFilter({ source: people });
    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: 'Person' }));
    await screen.findByRole('option', { name: 'Bo Chen' });
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Me', 'Bo Chen', 'Cy Diaz']);
    await user.type(screen.getByRole('combobox', { name: 'Search: Person' }), 'cy');
    await waitFor(() => expect(screen.queryByRole('option', { name: 'Bo Chen' })).toBeNull());
    expect(people.search).toHaveBeenLastCalledWith('cy', expect.anything());
    await user.click(screen.getByRole('option', { name: 'Cy Diaz' }));
    expect(onChange).toHaveBeenCalledWith(3);
  });

  it('names a chosen person from the source, and offers only Me without one', async () => {
    renderFilter({ value: 2 });
    expect(await screen.findByText('Bo Chen')).toBeTruthy();
    const onChange = renderFilter({ source: null, value: undefined });
    const user = userEvent.setup();
    await user.click(screen.getAllByRole('combobox', { name: 'Person' })[1]!);
    await user.click(await screen.findByRole('option', { name: 'Me' }));
    expect(onChange).toHaveBeenCalledWith(1);
  });
});
