import type { ReactNode } from 'react';
import { SM_UP, useMediaQuery } from '@/lib/use-media-query';
import { DataCards } from './data-cards';

/**
 * Where a column's cell goes on a phone, where each row is a card (docs/guides/README.md#on-a-phone):
 * - `title`: what names the row, in bold on the first line (several are joined with a dot);
 * - `aside`: a figure on the right of the first line (duration, amount);
 * - `subtitle`: a line under the title (the project of a person's request, the client of an invoice);
 * - `meta`: small grey facts under the title (date, time, person), joined with dots;
 * - `text`: a paragraph of free text (notes, a description);
 * - `detail` (the default; the first column of a table that names no title is the title): a line with
 *   the column's header as its label;
 * - `status`: badges and lock notes, on one wrapping line;
 * - `actions`: the row's buttons, full size, at the bottom;
 * - `select`: a checkbox at the card's left;
 * - `hidden`: left out of the card (shown in the table only).
 */
export type CardRole = 'title' | 'aside' | 'subtitle' | 'meta' | 'text' | 'detail' | 'status' | 'actions' | 'select' | 'hidden';

export interface Column<T> {
  key: string;
  header: string;
  cell: (row: T) => ReactNode;
  className?: string;
  /** The cell's place on a phone's card; unset, a labelled line. */
  card?: CardRole;
  /** What the card shows instead of `cell` (the whole notes instead of two lines); null leaves it out. */
  cardCell?: (row: T) => ReactNode;
}

export interface DataTableProps<T> {
  rows: T[];
  columns: Column<T>[];
  rowKey: (row: T) => string | number;
  caption?: string;
}

/**
 * A list of records: a table from 640 px up (scrolling sideways inside its frame if it must), a card per
 * row below, so that a row's buttons are on the screen of a phone without scrolling sideways.
 */
export function DataTable<T>(props: DataTableProps<T>) {
  const wide = useMediaQuery(SM_UP, true);
  return wide ? <Table {...props} /> : <DataCards {...props} />;
}

function Table<T>({ rows, columns, rowKey, caption }: DataTableProps<T>) {
  return (
    <div className="overflow-x-auto rounded-lg bg-surface shadow-sm ring-1 ring-line">
      <table className="min-w-full divide-y divide-line text-sm">
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead className="bg-surface-muted">
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={`px-3 py-2 text-left font-semibold text-fg-secondary ${c.className ?? ''}`}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-line-subtle">
          {rows.map((row) => (
            <tr key={rowKey(row)} className="hover:bg-surface-muted">
              {columns.map((c) => (
                <td key={c.key} className={`px-3 py-2 align-top text-fg ${c.className ?? ''}`}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
