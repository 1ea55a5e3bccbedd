import type { ReactNode } from 'react';
import type { IssueListColumn } from './columns';

const SKELETON_ROWS = 8;

/** Placeholder rows while issues load; the grid says it is busy. */
export function IssueListSkeleton({ columns }: { columns: readonly IssueListColumn[] }) {
  return (
    <tbody data-slot="skeleton">
      {Array.from({ length: SKELETON_ROWS }, (_, row) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
        <tr key={row} aria-rowindex={row + 2} data-state="loading">
          <td data-slot="select-cell" />
          {columns.map((column, i) => (
            <td key={column.id} data-column={column.id}>
              <span data-slot="skeleton-bar" style={{ width: `${40 + ((row * 7 + i * 13) % 50)}%` }} />
            </td>
          ))}
        </tr>
      ))}
    </tbody>
  );
}

/** One full-width row for empty and error states, so the grid keeps its structure. */
function MessageRow({ columns, children, slot }: { columns: number; children: ReactNode; slot: string }) {
  return (
    <tbody>
      <tr aria-rowindex={2} data-slot={slot}>
        <td colSpan={columns}>{children}</td>
      </tr>
    </tbody>
  );
}

/** The empty state: the host's, or a message with a button that clears the search. */
export function IssueListEmpty({ query, onClear, columns, children }: { query: string; onClear: () => void; columns: number; children?: ReactNode }) {
  return (
    <MessageRow columns={columns} slot="empty">
      {children ?? (
        <>
          <p>{query ? 'No issues match this search.' : 'No issues to show.'}</p>
          {query ? (
            <button type="button" className="fl-button" onClick={onClear}>
              Clear search
            </button>
          ) : null}
        </>
      )}
    </MessageRow>
  );
}

/** The error state: the host's message as text, announced. */
export function IssueListError({ error, columns }: { error: ReactNode | Error; columns: number }) {
  const message = error instanceof Error ? error.message : error;
  return (
    <MessageRow columns={columns} slot="error">
      <div role="alert">
        <strong>Issues could not be loaded.</strong> {message === true ? null : message}
      </div>
    </MessageRow>
  );
}
