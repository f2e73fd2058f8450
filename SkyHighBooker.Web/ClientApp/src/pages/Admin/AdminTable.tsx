import type { ReactNode } from 'react';

interface AdminTableProps {
  /** Names the scrollable region for screen readers. */
  label: string;
  columns: readonly string[];
  /** The body's rows. */
  children: ReactNode;
}

/** An admin list's table: a focusable region that scrolls sideways on a phone, a header cell per column. */
export function AdminTable({ label, columns, children }: AdminTableProps) {
  return (
    <div className="admin-table__scroll" role="region" aria-label={label} tabIndex={0}>
      <table className="admin-table">
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
