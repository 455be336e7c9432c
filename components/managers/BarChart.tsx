/**
 * Horizontal bar charts in plain SVG (no library, no network). The chart is a picture for sighted
 * readers; the same figures are in the table that always follows it, which is what screen readers
 * read, so the SVG is hidden from them. Bars are drawn from each value's middle where a count is
 * only known as "fewer than 5"; the table says so.
 */
export interface Bar {
  /** Index into the series list (colour and legend). */
  series: number;
  /** 0..max. */
  value: number;
  /** What is written at the end of the bar. */
  text: string;
}

export interface BarGroup {
  label: string;
  bars: Bar[];
}

export interface BarChartProps {
  groups: BarGroup[];
  /** Series names, for the legend (omit for one series). */
  series?: string[];
  /** The value a full-width bar stands for. */
  max: number;
  testId?: string;
}

export const SERIES_COLOURS = ['#1d70b8', '#00703c', '#d4351c', '#4c2c92'];

const WIDTH = 640;
const LABEL_W = 220;
const BAR_H = 18;
const GAP = 4;
const GROUP_GAP = 12;

function clip(text: string, n = 34): string {
  return text.length > n ? `${text.slice(0, n - 1)}…` : text;
}

export function BarChart({ groups, series, max, testId }: BarChartProps) {
  const plot = WIDTH - LABEL_W - 70;
  let y = series && series.length > 1 ? 28 : 4;
  const items = groups.map((g) => {
    const top = y;
    y += g.bars.length * (BAR_H + GAP) + GROUP_GAP;
    return { g, top };
  });
  const height = Math.max(y, 30);
  return (
    <svg className="mi-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="presentation" aria-hidden="true" focusable="false" data-testid={testId}>
      {series && series.length > 1
        ? series.map((name, i) => (
            <g key={name} transform={`translate(${LABEL_W + i * 190}, 6)`}>
              <rect width="14" height="14" fill={SERIES_COLOURS[i % SERIES_COLOURS.length]} />
              <text x="20" y="12" fontSize="13">
                {name}
              </text>
            </g>
          ))
        : null}
      {items.map(({ g, top }) => (
        <g key={g.label} transform={`translate(0, ${top})`}>
          <text x={LABEL_W - 8} y={BAR_H - 4} fontSize="13" textAnchor="end">
            {clip(g.label)}
          </text>
          {g.bars.map((b, i) => {
            const w = max > 0 ? Math.max(b.value > 0 ? 2 : 0, (b.value / max) * plot) : 0;
            return (
              <g key={i} transform={`translate(${LABEL_W}, ${i * (BAR_H + GAP)})`}>
                <rect className="mi-bar" width={w} height={BAR_H} fill={SERIES_COLOURS[b.series % SERIES_COLOURS.length]} />
                <text x={w + 6} y={BAR_H - 4} fontSize="13">
                  {b.text}
                </text>
              </g>
            );
          })}
        </g>
      ))}
    </svg>
  );
}
