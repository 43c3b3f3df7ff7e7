import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataTable, type Column } from './data-table';

interface Entry {
  id: number;
  project: string;
  task: string | null;
  day: string;
  duration: string;
  notes: string;
  status: string | null;
}

const ENTRIES: Entry[] = [
  {
    id: 1,
    project: 'Acme Website',
    task: 'Design',
    day: 'Mon 3 Mar',
    duration: '1:30',
    notes: 'Stand-up and wireframes',
    status: 'Approved',
  },
  { id: 2, project: 'Globex App', task: null, day: 'Tue 4 Mar', duration: '0:45', notes: '', status: null },
];

const columns = (onEdit: (e: Entry) => void, onPick: (e: Entry) => void): Column<Entry>[] => [
  {
    key: 'select',
    header: 'Select',
    card: 'select',
    cell: (e) => <input type="checkbox" aria-label={`Select ${e.day}`} onChange={() => onPick(e)} />,
  },
  { key: 'day', header: 'Date', card: 'meta', cell: (e) => e.day },
  { key: 'project', header: 'Project', card: 'title', cell: (e) => e.project },
  { key: 'client', header: 'Client', card: 'title', cell: () => 'Acme Corp' },
  { key: 'task', header: 'Task', card: 'subtitle', cell: (e) => e.task ?? '—', cardCell: (e) => e.task },
  { key: 'duration', header: 'Duration', card: 'aside', cell: (e) => e.duration },
  { key: 'notes', header: 'Notes', card: 'text', cell: (e) => e.notes, cardCell: (e) => e.notes || null },
  { key: 'billable', header: 'Billable', cell: () => 'Yes' },
  { key: 'internal', header: 'Internal', card: 'hidden', cell: () => 'table only' },
  { key: 'status', header: 'Status', card: 'status', cell: (e) => e.status ?? '—', cardCell: (e) => e.status },
  {
    key: 'actions',
    header: 'Actions',
    card: 'actions',
    cell: (e) => (
      <button type="button" onClick={() => onEdit(e)}>
        Edit {e.day}
      </button>
    ),
  },
];

/** A `window.matchMedia` answering `wide` for `(min-width: 40rem)`, whose width can change later. */
function stubScreen(wide: boolean) {
  const listeners = new Set<() => void>();
  const state = { wide };
  vi.stubGlobal('matchMedia', (query: string) => ({
    get matches() {
      return query === '(min-width: 40rem)' ? state.wide : false;
    },
    media: query,
    addEventListener: (_: string, l: () => void) => listeners.add(l),
    removeEventListener: (_: string, l: () => void) => listeners.delete(l),
  }));
  return {
    resize(next: boolean) {
      state.wide = next;
      act(() => listeners.forEach((l) => l()));
    },
  };
}

function renderTable() {
  const onEdit = vi.fn();
  const onPick = vi.fn();
  render(<DataTable rows={ENTRIES} columns={columns(onEdit, onPick)} rowKey={(e) => e.id} caption="Time entries" />);
  return { onEdit, onPick };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('DataTable', () => {
  it('is a table from 640 px up', () => {
    stubScreen(true);
    renderTable();
    const table = screen.getByRole('table', { name: 'Time entries' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toContain('Internal');
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('is a table where the browser cannot tell the width', () => {
    renderTable();
    expect(screen.getByRole('table', { name: 'Time entries' })).toBeDefined();
  });

  it('is a list of cards below 640 px: title, figure, facts, text, labelled details, status and buttons', () => {
    stubScreen(false);
    renderTable();
    expect(screen.queryByRole('table')).toBeNull();
    const cards = within(screen.getByRole('list', { name: 'Time entries' })).getAllByRole('listitem');
    expect(cards).toHaveLength(2);

    const first = cards[0]!;
    // Several titles in one line with dots, the figure beside them, the subtitle on its own line.
    expect(first.textContent).toMatch(/^Acme Website\s·\sAcme Corp1:30Design/);
    expect(within(first).getByText('Design').closest('p')).not.toBe(within(first).getByText('Acme Website').closest('p'));
    expect(within(first).getByText('1:30')).toBeDefined();
    expect(within(first).getByText('Mon 3 Mar')).toBeDefined();
    expect(within(first).getByText('Stand-up and wireframes').tagName).toBe('P');
    expect(within(first).getByText('Billable').tagName).toBe('DT');
    expect(within(first).getByText('Yes').tagName).toBe('DD');
    expect(within(first).getByText('Approved')).toBeDefined();
    expect(within(first).queryByText('table only')).toBeNull();
    expect(within(first).queryByText('Internal')).toBeNull();
  });

  it('takes the first column as the title of a table that names none', () => {
    stubScreen(false);
    const plain: Column<Entry>[] = [
      { key: 'project', header: 'Project', cell: (e) => e.project },
      { key: 'day', header: 'Date', cell: (e) => e.day },
    ];
    render(<DataTable rows={ENTRIES} columns={plain} rowKey={(e) => e.id} caption="Projects" />);
    const first = within(screen.getByRole('list', { name: 'Projects' })).getAllByRole('listitem')[0]!;
    expect(within(first).getByText('Acme Website').closest('dd')).toBeNull();
    expect(within(first).getByText('Date').tagName).toBe('DT');
    expect(within(first).queryByText('Project')).toBeNull();
  });

  it('leaves empty parts out of a card instead of showing dashes', () => {
    stubScreen(false);
    renderTable();
    const second = within(screen.getByRole('list', { name: 'Time entries' })).getAllByRole('listitem')[1]!;
    expect(second.textContent).not.toContain('—');
    expect(second.textContent).toMatch(/^Globex App\s·\sAcme Corp0:45Tue 4 Mar/);
    expect(
      within(second)
        .queryAllByRole('paragraph')
        .map((p) => p.textContent),
    ).not.toContain('');
  });

  it("keeps a card's buttons and checkbox working", async () => {
    stubScreen(false);
    const { onEdit, onPick } = renderTable();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Edit Tue 4 Mar' }));
    expect(onEdit).toHaveBeenCalledWith(ENTRIES[1]);
    await user.click(screen.getByRole('checkbox', { name: 'Select Mon 3 Mar' }));
    expect(onPick).toHaveBeenCalledWith(ENTRIES[0]);
  });

  it('turns into cards and back when the screen width changes', () => {
    const screenSize = stubScreen(true);
    renderTable();
    expect(screen.getByRole('table')).toBeDefined();
    screenSize.resize(false);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByRole('list', { name: 'Time entries' })).toBeDefined();
    screenSize.resize(true);
    expect(screen.getByRole('table')).toBeDefined();
  });
});
