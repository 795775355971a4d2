import { html, type Html } from './escape.ts';

/** A stacked bar's segment: its count, the class that colours it, and its name in the bar's label. */
export interface Segment {
  value: number;
  tone: string;
  label: string;
}

/**
 * Counts as one stacked bar, inline SVG so it prints and needs nothing loaded; its label says the
 * numbers, so a screen reader (or a reader of the PDF without colour) gets them too.
 */
export function stackedBar(segments: Segment[], width = 160): Html {
  const total = segments.reduce((n, s) => n + s.value, 0);
  const label = segments.filter((s) => s.value > 0).map((s) => `${s.value.toLocaleString('en-US')} ${s.label}`).join(', ') || 'none';
  let x = 0;
  const rects = segments.map((s) => {
    if (s.value === 0 || total === 0) return '';
    const w = (s.value / total) * width;
    const rect = html`<rect class="${s.tone}" x="${x.toFixed(2)}" y="0" width="${w.toFixed(2)}" height="10"></rect>`;
    x += w;
    return rect;
  });
  return html`<svg class="bar-svg" role="img" aria-label="${label}" width="${width}" height="10" viewBox="0 0 ${width} 10"><title>${label}</title><rect class="track" x="0" y="0" width="${width}" height="10"></rect>${rects}</svg>`;
}

/** One line of a chart: a value per run, or null where that run had none. */
export interface Series {
  name: string;
  values: (number | null)[];
}

const W = 640;
const H = 180;
const PAD = { left: 40, right: 12, top: 10, bottom: 26 };

/** Lines over runs (oldest left), y from 0 to `max`; each point carries its value for a pointer, the label sums it up. */
export function lineChart(label: string, series: Series[], runs: string[], max: number, unit = ''): Html {
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const top = max > 0 ? max : 1;
  const x = (i: number) => PAD.left + (runs.length > 1 ? (i / (runs.length - 1)) * plotW : plotW / 2);
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  const ticks = [0, top / 2, top];
  return html`<svg class="chart" role="img" aria-label="${label}" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><title>${label}</title>
${ticks.map((t) => html`<line class="grid" x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}"></line><text class="axis" x="${PAD.left - 6}" y="${(y(t) + 4).toFixed(1)}" text-anchor="end">${Math.round(t)}${unit}</text>`)}
<text class="axis" x="${PAD.left}" y="${H - 8}">${runs[0] ?? ''}</text><text class="axis" x="${W - PAD.right}" y="${H - 8}" text-anchor="end">${runs.at(-1) ?? ''}</text>
${series.map((s, n) => {
  const points = s.values.flatMap((v, i) => (v === null ? [] : [{ i, v }]));
  return html`<g class="series s${n % SERIES_TONES}"><polyline points="${points.map((p) => `${x(p.i).toFixed(1)},${y(p.v).toFixed(1)}`).join(' ')}"></polyline>${points.map((p) => html`<circle cx="${x(p.i).toFixed(1)}" cy="${y(p.v).toFixed(1)}" r="3"><title>${s.name}: ${p.v.toFixed(unit === '%' ? 1 : 0)}${unit} (${runs[p.i]})</title></circle>`)}</g>`;
})}
</svg>`;
}

/** Distinct line colours in the stylesheet (`.series.s0` ...). */
export const SERIES_TONES = 4;
