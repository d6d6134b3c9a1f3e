import { describe, expect, test } from 'vitest';
import { axisFor, percentText, spanOf, tickText } from './plot.ts';

describe('axisFor', () => {
  test('round ends, 0 inside, ticks in order from one end to the other', () => {
    const axis = axisFor([233_570, 234_664, -24_000], 'money000');
    expect(axis.lo).toBeLessThanOrEqual(-24_000);
    expect(axis.hi).toBeGreaterThanOrEqual(234_664);
    expect(axis.zeroAt).toBeGreaterThan(0);
    expect(axis.zeroAt).toBeLessThan(100);
    const at = axis.ticks.map((t) => t.at);
    expect(at[0]).toBeCloseTo(0);
    expect(at.at(-1)).toBeCloseTo(100);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(axis.ticks.map((t) => t.label)).toContain('£0k');
    expect(axis.ticks[0]!.label.startsWith('−£')).toBe(true);
  });

  test('end ticks anchor inwards; narrow screens show at most four tick labels, evenly spaced, the first one of them', () => {
    const axis = axisFor([3, 97], 'percent');
    expect(axis.ticks[0]!.anchor).toBe('start');
    expect(axis.ticks.at(-1)!.anchor).toBe('end');
    expect(axis.ticks.slice(1, -1).every((t) => t.anchor === 'middle')).toBe(true);
    for (const values of [[3, 97], [-1_500, 2_000], [0, 1], [-24_000, 234_664], [0, 7]]) {
      const kept = axisFor(values, 'number').ticks.flatMap((t, i) => (t.narrow ? [i] : []));
      expect(kept[0], String(values)).toBe(0);
      expect(kept.length, String(values)).toBeLessThanOrEqual(4);
      const gaps = kept.slice(1).map((k, j) => k - kept[j]!);
      expect(new Set(gaps).size, String(values)).toBeLessThanOrEqual(1);
    }
  });

  test('all zero still gives an axis (0 to 1), with bars of no width', () => {
    const axis = axisFor([0, 0], 'number');
    expect(axis.hi).toBeGreaterThan(axis.lo);
    expect(spanOf(0, axis)).toEqual({ x: 0, width: 0 });
  });

  test('values that are not numbers are left out of the axis and drawn as nothing', () => {
    const axis = axisFor([Number.NaN, 10], 'number');
    expect(axis.hi).toBe(10);
    expect(spanOf(Number.NaN, axis).width).toBe(0);
  });
});

describe('spanOf', () => {
  test('a bar runs from 0 to its value on either side of 0, in per cent of the plot', () => {
    const axis = axisFor([-50, 150], 'number');
    const zero = axis.zeroAt;
    const up = spanOf(100, axis);
    const down = spanOf(-50, axis);
    expect(up.x).toBeCloseTo(zero);
    expect(up.x + up.width).toBeCloseTo(((100 - axis.lo) / (axis.hi - axis.lo)) * 100);
    expect(down.x + down.width).toBeCloseTo(zero);
    expect(down.x).toBeCloseTo(((-50 - axis.lo) / (axis.hi - axis.lo)) * 100);
    // Twice the value, twice the bar.
    expect(spanOf(100, axis).width).toBeCloseTo(2 * spanOf(50, axis).width);
  });
});

test('tick and percentage text', () => {
  expect(tickText('percent', -5)).toBe('−5%');
  expect(tickText('duration', 3725)).toBe('1:02:05');
  expect(tickText('money', 1500)).toBe('£1,500');
  expect(tickText('moneym', 2.5)).toBe('£2.5m');
  expect(tickText('number', 12000)).toBe('12,000');
  expect(percentText(33.33333)).toBe('33.33%');
  expect(percentText(100)).toBe('100%');
});
