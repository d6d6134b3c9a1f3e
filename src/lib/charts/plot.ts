/**
 * Where a chart's bars and axis ticks go, computed at build time so the chart is drawn as SVG in the
 * page's HTML (no JavaScript). Positions are percentages of the plot's width, so one drawing fits any
 * screen: SVG lengths in per cent need no style attribute, which the site's Content-Security-Policy forbids.
 * Tick values come from d3-array's `nice` and `ticks` (round steps of 1, 2 or 5 × 10ⁿ).
 */
import { nice, ticks } from 'd3-array';

/** Tick values wanted along the axis; d3 picks round steps, so there may be a few more or fewer. */
const TICK_COUNT = 5;
/** At most this many tick labels on a narrow screen. */
const NARROW_TICKS = 4;

export interface Tick {
  value: number;
  /** Position along the axis, 0 to 100 (per cent of the plot's width). */
  at: number;
  /** The value as the axis prints it, in the chart's unit. */
  label: string;
  /** Ticks at the ends are anchored inwards so their text is never cut off. */
  anchor: 'start' | 'middle' | 'end';
  /** Whether its text is also shown on narrow screens: at most four ticks are, evenly spaced, so none overlap. */
  narrow: boolean;
}

export interface Axis {
  /** The axis runs from `lo` to `hi` (round numbers, 0 always inside). */
  lo: number;
  hi: number;
  ticks: Tick[];
  /** Where 0 is, 0 to 100. */
  zeroAt: number;
}

/** A bar from 0 to a value: where it starts and how wide it is, both 0 to 100. */
export interface Span {
  x: number;
  width: number;
}

/** Rounds a percentage for the HTML: two decimals are finer than any screen's pixel. */
export const percentText = (n: number): string => `${Number(n.toFixed(2))}%`;

/** The axis for a chart's values in a unit (unit keys as `unitKey`: number, percent, duration, money, money000, moneym). */
export function axisFor(values: readonly number[], unit: string): Axis {
  const finite = values.filter((v) => Number.isFinite(v));
  let lo = Math.min(0, ...finite);
  let hi = Math.max(0, ...finite);
  if (lo === hi) hi = lo + 1; // all zero: an axis of 0 to 1 keeps the bars at nothing, visibly
  [lo, hi] = nice(lo, hi, TICK_COUNT);
  const at = (v: number): number => ((v - lo) / (hi - lo)) * 100;
  const values_ = ticks(lo, hi, TICK_COUNT);
  const last = values_.length - 1;
  const step = Math.max(1, Math.ceil(last / (NARROW_TICKS - 1)));
  return {
    lo,
    hi,
    zeroAt: at(0),
    ticks: values_.map((value, i) => ({
      value,
      at: at(value),
      label: tickText(unit, value),
      anchor: i === 0 && at(value) < 1 ? 'start' : i === last && at(value) > 99 ? 'end' : 'middle',
      narrow: i % step === 0,
    })),
  };
}

/** The bar for a value on an axis: from 0 to the value, whichever side of 0 it is. */
export function spanOf(value: number, axis: Axis): Span {
  const v = Number.isFinite(value) ? value : 0;
  const at = ((v - axis.lo) / (axis.hi - axis.lo)) * 100;
  return { x: Math.min(at, axis.zeroAt), width: Math.abs(at - axis.zeroAt) };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** An axis tick's text for a value in the chart's unit; negatives with a minus sign before any £. */
export function tickText(unit: string, value: number): string {
  const sign = value < 0 ? '−' : '';
  const v = Math.abs(value);
  const n = v.toLocaleString('en-GB');
  switch (unit) {
    case 'percent':
      return `${sign}${n}%`;
    case 'duration': {
      const s = Math.round(v);
      return `${sign}${Math.floor(s / 3600)}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
    }
    case 'money':
      return `${sign}£${n}`;
    case 'money000':
      return `${sign}£${n}k`;
    case 'moneym':
      return `${sign}£${n}m`;
    default:
      return `${sign}${n}`;
  }
}
