import type { IssueListColumn } from './columns';
import type { IssueTable } from './table';

/** Props of `IssueColumnsMenu`. */
export interface IssueColumnsMenuProps {
  table: IssueTable;
  labels: ReadonlyMap<string, IssueListColumn>;
}

/** A disclosure listing the columns: a checkbox to show or hide each, buttons to move it. */
export function IssueColumnsMenu({ table, labels }: IssueColumnsMenuProps) {
  const columns = table.getAllLeafColumns();
  const order = columns.map((column) => column.id);
  const move = (from: number, to: number) => {
    const next = [...order];
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved!);
    table.setColumnOrder(next);
  };
  return (
    <details data-slot="columns-menu">
      <summary className="fl-button">Columns</summary>
      <ul aria-label="Columns">
        {columns.map((column, i) => {
          const name = labels.get(column.id)?.header ?? column.id;
          return (
            <li key={column.id}>
              <label>
                <input type="checkbox" checked={column.getIsVisible()} onChange={() => column.toggleVisibility()} />
                {name}
              </label>
              <button type="button" aria-label={`Move ${name} earlier`} disabled={i === 0} onClick={() => move(i, i - 1)}>
                ↑
              </button>
              <button type="button" aria-label={`Move ${name} later`} disabled={i === columns.length - 1} onClick={() => move(i, i + 1)}>
                ↓
              </button>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
