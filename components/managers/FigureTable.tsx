import { useId, type ReactNode } from 'react';

export interface FigureTableProps {
  caption: string;
  columns: string[];
  /** First cell of each row is its header. */
  rows: { key: string; cells: ReactNode[] }[];
  testId?: string;
}

/** The table behind a chart: what screen-reader users read, and what prints. */
export function FigureTable({ caption, columns, rows, testId }: FigureTableProps) {
  const id = useId();
  return (
    <div className="rec-table-region" role="region" aria-labelledby={id} tabIndex={0}>
      <table className="rec-table" data-testid={testId}>
        <caption id={id} className="rec-caption">
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.cells[0]}</th>
              {r.cells.slice(1).map((c, i) => (
                <td key={i}>{c}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
