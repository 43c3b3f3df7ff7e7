import { Fragment, type ReactNode } from 'react';
import type { CardRole, Column, DataTableProps } from './data-table';

interface Part {
  key: string;
  header: string;
  content: ReactNode;
}

const ROLES: readonly CardRole[] = ['title', 'aside', 'subtitle', 'meta', 'text', 'detail', 'status', 'actions', 'select', 'hidden'];

/** The row's cells by their place on the card, in column order, empty ones (null, false, '') left out. */
function partsByRole<T>(row: T, columns: Column<T>[]): Record<CardRole, Part[]> {
  const parts = Object.fromEntries(ROLES.map((role) => [role, [] as Part[]])) as Record<CardRole, Part[]>;
  // A table that names no title column gets its first column as the title.
  const titled = columns.some((c) => c.card === 'title');
  columns.forEach((c, i) => {
    const role = c.card ?? (i === 0 && !titled ? 'title' : 'detail');
    if (role === 'hidden') return;
    const content = c.cardCell ? c.cardCell(row) : c.cell(row);
    if (content === null || content === undefined || content === false || content === '') return;
    parts[role].push({ key: c.key, header: c.header, content });
  });
  return parts;
}

/** Parts in a line of text with a dot between them; a long line breaks before a dot, never after one. */
function Dotted({ parts }: { parts: Part[] }) {
  return parts.map((p, i) => (
    <Fragment key={p.key}>
      {i > 0 ? (
        <>
          {' '}
          <span aria-hidden="true" className="text-fg-faint">
            ·
          </span>
          {'\u00a0'}
        </>
      ) : null}
      <span className="break-words">{p.content}</span>
    </Fragment>
  ));
}

/** The parts' contents side by side in one box; nothing when there are none. */
function Contents({ parts, className }: { parts: Part[]; className: string }) {
  return parts.length > 0 ? (
    <div className={className}>
      {parts.map((p) => (
        <Fragment key={p.key}>{p.content}</Fragment>
      ))}
    </div>
  ) : null;
}

/** DataTable below 640 px: one card per row, its actions as full-size buttons inside the screen. */
export function DataCards<T>({ rows, columns, rowKey, caption }: DataTableProps<T>) {
  return (
    <ul aria-label={caption} className="space-y-2" data-layout="cards">
      {rows.map((row) => (
        <li key={rowKey(row)}>
          <Card row={row} columns={columns} />
        </li>
      ))}
    </ul>
  );
}

function Card<T>({ row, columns }: { row: T; columns: Column<T>[] }) {
  const { select, title, aside, subtitle, meta, text, detail, status, actions } = partsByRole(row, columns);
  return (
    <div className="flex gap-3 rounded-lg bg-surface p-3 text-sm text-fg shadow-sm ring-1 ring-line">
      <Contents parts={select} className="pt-0.5" />
      <div className="min-w-0 flex-1">
        {title.length > 0 || aside.length > 0 ? (
          <div className="flex items-start justify-between gap-3">
            <p className="min-w-0 font-medium text-fg">
              <Dotted parts={title} />
            </p>
            {aside.length > 0 ? (
              <p className="shrink-0 text-right font-semibold tabular-nums text-fg">
                <Dotted parts={aside} />
              </p>
            ) : null}
          </div>
        ) : null}
        {subtitle.length > 0 ? (
          <p className="text-fg-secondary">
            <Dotted parts={subtitle} />
          </p>
        ) : null}
        {meta.length > 0 ? (
          <p className="mt-0.5 text-xs text-fg-muted">
            <Dotted parts={meta} />
          </p>
        ) : null}
        {text.map((p) => (
          <p key={p.key} className="mt-1 break-words text-fg-secondary">
            {p.content}
          </p>
        ))}
        {detail.length > 0 ? (
          <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-xs">
            {detail.map((p) => (
              <Fragment key={p.key}>
                <dt className="text-fg-subtle">{p.header}</dt>
                <dd className="min-w-0 break-words text-fg">{p.content}</dd>
              </Fragment>
            ))}
          </dl>
        ) : null}
        <Contents parts={status} className="mt-2 flex flex-wrap items-center gap-1.5 empty:hidden" />
        {/* Touch-sized buttons (at least 36 px high), wrapping instead of running off the screen. */}
        <Contents
          parts={actions}
          className="mt-3 flex flex-wrap items-center gap-2 empty:hidden [&_button]:min-h-9 [&_button]:px-3 [&_span.flex]:flex-wrap [&_span.flex]:gap-2"
        />
      </div>
    </div>
  );
}
