import { useId } from 'react';
import { niceMax, PALETTE } from '../dashboard/charts';
import { words } from '../ui/format';
import type { Projection } from './planning-api';

const WIDTH = 640;
const HEIGHT = 300;
const PAD = { top: 44, right: 16, bottom: 32, left: 52 };
const STOCK = PALETTE[0];
const ARRIVAL = PALETTE[2];
const STOCKOUT = '#a1161b';

const short = (iso: string) => iso.slice(5);

/**
 * Projected end-of-day stock over the projection's days, with each arrival marked (a line, a dot
 * and "+quantity source" above the plot) and the first stock-out day marked in red. Labels of
 * arrivals alternate between two rows so that neighbours do not print over each other.
 */
export function ProjectionChart({ p }: { p: Projection }) {
  const titleId = useId();
  const descId = useId();
  const days = p.days;
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const top = niceMax(Math.max(0, ...days.map((d) => d.stock)));
  const bottom = Math.min(0, ...days.map((d) => d.stock));
  const span = top - bottom || 1;
  const x = (i: number) => PAD.left + (days.length < 2 ? 0 : (plotWidth * i) / (days.length - 1));
  const y = (v: number) => PAD.top + plotHeight - ((v - bottom) / span) * plotHeight;
  const index = new Map(days.map((d, i) => [d.date, i]));
  const arrivals = p.arrivals.filter((a) => index.has(a.date));
  const stockout = p.stockoutDate ? index.get(p.stockoutDate) : undefined;
  const ticks = days.map((d, i) => ({ d, i })).filter(({ i }) => i % 30 === 0 || i === days.length - 1);
  const summary = [
    `Stock goes from ${days[0]?.stock ?? 0} to ${days[days.length - 1]?.stock ?? 0} units over ${days.length} days.`,
    p.stockoutDate ? `Stock-out on ${p.stockoutDate}.` : 'No stock-out within the horizon.',
    arrivals.length ? `Arrivals: ${arrivals.map((a) => `${a.quantity} on ${a.date} (${words(a.source)})`).join(', ')}.` : 'No arrivals.',
  ].join(' ');

  return (
    <figure className="chart projection-chart">
      <figcaption id={titleId}>Projected stock per day, {p.sku} (next {days.length} days)</figcaption>
      <p id={descId} className="visually-hidden">{summary}</p>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={titleId} aria-describedby={descId} data-testid="projection-chart">
        <g className="axis">
          {[bottom, bottom + span / 2, top].map((v) => (
            <g key={v}>
              <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(v)} y2={y(v)} stroke="#d0d4da" />
              <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end">{Math.round(v).toLocaleString('en-US')}</text>
            </g>
          ))}
          {bottom < 0 && <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} stroke="#4a5360" strokeDasharray="2 3" />}
        </g>
        {ticks.map(({ d, i }) => (
          <text key={d.date} x={x(i)} y={HEIGHT - PAD.bottom + 16} textAnchor={i === 0 ? 'start' : i === days.length - 1 ? 'end' : 'middle'} className="tick">{short(d.date)}</text>
        ))}
        {stockout !== undefined && (
          <g className="stockout-marker">
            <line x1={x(stockout)} x2={x(stockout)} y1={PAD.top} y2={PAD.top + plotHeight} stroke={STOCKOUT} strokeWidth={2} strokeDasharray="5 3" />
            <text x={x(stockout) + 4} y={PAD.top + plotHeight - 6} fill={STOCKOUT} className="marker-label">Stock-out {short(p.stockoutDate!)}</text>
          </g>
        )}
        <polyline fill="none" stroke={STOCK} strokeWidth={2.5} points={days.map((d, i) => `${x(i)},${y(d.stock)}`).join(' ')} />
        {arrivals.map((a, k) => {
          const i = index.get(a.date)!;
          const anchor = x(i) > WIDTH * 0.7 ? 'end' : 'start';
          const labelY = 14 + (k % 2) * 14;
          return (
            <g key={`${a.date}-${a.source}-${a.reference ?? k}`} className="arrival-marker">
              <line x1={x(i)} x2={x(i)} y1={labelY + 4} y2={PAD.top + plotHeight} stroke={ARRIVAL} strokeWidth={1.5} />
              <circle cx={x(i)} cy={y(days[i].stock)} r={5} fill={ARRIVAL} />
              <text x={x(i) + (anchor === 'start' ? 3 : -3)} y={labelY} textAnchor={anchor} fill={ARRIVAL} className="marker-label">
                +{a.quantity.toLocaleString('en-US')} {words(a.source)}{a.reference ? ` ${a.reference}` : ''}
              </text>
              <title>{`${a.date}: +${a.quantity} ${words(a.source)}${a.mode ? ` by ${a.mode}` : ''}${a.reference ? ` (${a.reference})` : ''}`}</title>
            </g>
          );
        })}
      </svg>
      <ul className="legend" aria-hidden="true">
        <li><span className="swatch" style={{ background: STOCK }} /> Projected stock</li>
        <li><span className="swatch" style={{ background: ARRIVAL }} /> Arrival</li>
        <li><span className="swatch" style={{ background: STOCKOUT }} /> Stock-out</li>
      </ul>
    </figure>
  );
}
