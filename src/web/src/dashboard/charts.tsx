import { useId } from 'react';

export interface Series {
  name: string;
  values: number[];
}

export const PALETTE = ['#1f5fa8', '#c2571a', '#2e7d32', '#7b3fa0', '#8a6d00', '#00838f'];
const WIDTH = 560;
const HEIGHT = 240;
const PAD = { top: 16, right: 12, bottom: 44, left: 44 };

/** A round top for the y axis whose half is a whole number too, so the three ticks read cleanly. */
export function niceMax(max: number): number {
  if (max <= 0) return 2;
  const step = 10 ** Math.floor(Math.log10(max));
  const top = Math.ceil(max / step) * step;
  return top % 2 === 0 ? top : top + step;
}

/** The chart's figures as a table for screen readers (the SVG itself is decorative to them). */
export function ChartTable({ caption, labels, series }: { caption: string; labels: string[]; series: Series[] }) {
  return (
    <table className="visually-hidden">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Label</th>
          {series.map((s) => (
            <th key={s.name} scope="col">{s.name}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {labels.map((label, i) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            {series.map((s) => (
              <td key={s.name}>{s.values[i]}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Legend({ series }: { series: Series[] }) {
  if (series.length < 2) return null;
  return (
    <ul className="legend" aria-hidden="true">
      {series.map((s, i) => (
        <li key={s.name}>
          <span className="swatch" style={{ background: PALETTE[i % PALETTE.length] }} /> {s.name}
        </li>
      ))}
    </ul>
  );
}

function Axis({ max, plotHeight }: { max: number; plotHeight: number }) {
  return (
    <g className="axis">
      {[0, 0.5, 1].map((f) => {
        const y = PAD.top + plotHeight * (1 - f);
        return (
          <g key={f}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y} y2={y} stroke="#d0d4da" />
            <text x={PAD.left - 6} y={y + 4} textAnchor="end">{Math.round(max * f).toLocaleString('en-US')}</text>
          </g>
        );
      })}
    </g>
  );
}

/** Stacked bars: one bar per label, one segment per series. */
export function BarChart({ title, labels, series }: { title: string; labels: string[]; series: Series[] }) {
  const titleId = useId();
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const totals = labels.map((_, i) => series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const max = niceMax(Math.max(0, ...totals));
  const slot = plotWidth / Math.max(labels.length, 1);
  const barWidth = Math.min(48, slot * 0.7);
  return (
    <figure className="chart">
      <figcaption id={titleId}>{title}</figcaption>
      {labels.length === 0 ? (
        <p className="muted">No data yet.</p>
      ) : (
        <>
          <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={titleId}>
            <Axis max={max} plotHeight={plotHeight} />
            {labels.map((label, i) => {
              let base = 0;
              const x = PAD.left + slot * i + (slot - barWidth) / 2;
              return (
                <g key={label}>
                  {series.map((s, k) => {
                    const v = s.values[i] ?? 0;
                    const h = (v / max) * plotHeight;
                    const y = PAD.top + plotHeight - ((base + v) / max) * plotHeight;
                    base += v;
                    return v > 0 ? <rect key={s.name} x={x} y={y} width={barWidth} height={h} fill={PALETTE[k % PALETTE.length]}><title>{`${label} · ${s.name}: ${v}`}</title></rect> : null;
                  })}
                  <text x={x + barWidth / 2} y={HEIGHT - PAD.bottom + 16} textAnchor="middle" className="tick">{label}</text>
                </g>
              );
            })}
          </svg>
          <Legend series={series} />
          <ChartTable caption={title} labels={labels} series={series} />
        </>
      )}
    </figure>
  );
}

/** Lines over a shared x axis, e.g. units shipped and received per day. */
export function LineChart({ title, labels, series }: { title: string; labels: string[]; series: Series[] }) {
  const titleId = useId();
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.values)));
  const x = (i: number) => PAD.left + (labels.length < 2 ? plotWidth / 2 : (plotWidth * i) / (labels.length - 1));
  const y = (v: number) => PAD.top + plotHeight - (v / max) * plotHeight;
  const every = Math.ceil(labels.length / 7);
  return (
    <figure className="chart">
      <figcaption id={titleId}>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={titleId}>
        <Axis max={max} plotHeight={plotHeight} />
        {series.map((s, k) => (
          <g key={s.name}>
            <polyline fill="none" stroke={PALETTE[k % PALETTE.length]} strokeWidth={2.5} points={s.values.map((v, i) => `${x(i)},${y(v)}`).join(' ')} />
            {s.values.map((v, i) => (
              <circle key={i} cx={x(i)} cy={y(v)} r={3} fill={PALETTE[k % PALETTE.length]}><title>{`${labels[i]} · ${s.name}: ${v}`}</title></circle>
            ))}
          </g>
        ))}
        {labels.map((label, i) => (i % every === 0 ? <text key={label} x={x(i)} y={HEIGHT - PAD.bottom + 16} textAnchor="middle" className="tick">{label}</text> : null))}
      </svg>
      <Legend series={series} />
      <ChartTable caption={title} labels={labels} series={series} />
    </figure>
  );
}
