import { useId } from 'react';
import { ChartTable, niceMax, PALETTE } from './charts';

const WIDTH = 560;
const ROW = 24;
const PAD = { top: 8, right: 48, bottom: 8, left: 150 };

/**
 * One horizontal bar per label, longest label on the left: reads well for ranked lists such as
 * "fewest days of cover", where the names are long (SKU · warehouse) and the count is small.
 */
export function HBarChart({ title, labels, values, unit, max }: { title: string; labels: string[]; values: number[]; unit: string; max?: number }) {
  const titleId = useId();
  const height = PAD.top + PAD.bottom + ROW * labels.length;
  const top = max ?? niceMax(Math.max(0, ...values));
  const plotWidth = WIDTH - PAD.left - PAD.right;
  return (
    <figure className="chart">
      <figcaption id={titleId}>{title}</figcaption>
      {labels.length === 0 ? (
        <p className="muted">No data yet.</p>
      ) : (
        <>
          <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={titleId}>
            {labels.map((label, i) => {
              const y = PAD.top + ROW * i;
              const w = Math.max(2, (Math.min(values[i], top) / top) * plotWidth);
              return (
                <g key={label}>
                  <text x={PAD.left - 6} y={y + ROW / 2 + 4} textAnchor="end" className="tick">{label}</text>
                  <rect x={PAD.left} y={y + 4} width={w} height={ROW - 8} fill={PALETTE[1]}>
                    <title>{`${label}: ${values[i]} ${unit}`}</title>
                  </rect>
                  <text x={PAD.left + w + 4} y={y + ROW / 2 + 4} className="tick">{values[i]}</text>
                </g>
              );
            })}
          </svg>
          <ChartTable caption={title} labels={labels} series={[{ name: unit, values }]} />
        </>
      )}
    </figure>
  );
}
