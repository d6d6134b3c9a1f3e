/**
 * <os-chart>: progressively enhances a table's chart block with Chart.js.
 *
 * Only the Chart.js parts used are imported and registered (bar charts with a
 * category and a linear scale, legend and tooltip), so the bundle stays small.
 * Each series has its own colour (at least 3:1 against white) AND its own fill
 * pattern, so colour never carries meaning alone. Animation is off when the
 * reader asks for reduced motion. Styles are set through the CSSOM only, which
 * the site's Content-Security-Policy allows.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import type { ChartPayload } from './payload.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** Series colours: each at least 4.7:1 against white. Series i gets colour i and pattern i, so six series all differ. */
const COLOURS = ['#1d3a6b', '#b35c00', '#00703c', '#6f2c91', '#8a1538', '#00606b'];
const TEXT = '#0b0c0c';
const GRID = '#b1b4b6';

/** A fill for series i: solid, diagonal stripes, dots, cross-hatch, horizontal lines, vertical lines. */
function fillFor(i: number): CanvasPattern | string {
  const colour = COLOURS[i % COLOURS.length] ?? TEXT;
  const kind = i % 6;
  if (kind === 0) return colour;
  const size = 8;
  const tile = document.createElement('canvas');
  tile.width = size;
  tile.height = size;
  const ctx = tile.getContext('2d');
  if (!ctx) return colour;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, size, size);
  ctx.strokeStyle = colour;
  ctx.fillStyle = colour;
  ctx.lineWidth = 2.5;
  if (kind === 1 || kind === 3) {
    ctx.beginPath();
    ctx.moveTo(0, size);
    ctx.lineTo(size, 0);
    ctx.moveTo(-2, 2);
    ctx.lineTo(2, -2);
    ctx.moveTo(size - 2, size + 2);
    ctx.lineTo(size + 2, size - 2);
    ctx.stroke();
  }
  if (kind === 3) {
    ctx.beginPath();
    ctx.moveTo(0, 0);
    ctx.lineTo(size, size);
    ctx.stroke();
  }
  if (kind === 2) {
    ctx.beginPath();
    ctx.arc(size / 2, size / 2, 2.2, 0, Math.PI * 2);
    ctx.fill();
  }
  if (kind === 4) ctx.fillRect(0, size / 2 - 1.5, size, 3);
  if (kind === 5) ctx.fillRect(size / 2 - 1.5, 0, 3, size);
  return ctx.createPattern(tile, 'repeat') ?? colour;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Axis tick text for a value in the chart's unit; negatives with a minus sign before any £. */
function tick(unit: string, value: number): string {
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

/** Splits a long category label into lines of about `width` characters. */
function wrap(label: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

class OsChart extends HTMLElement {
  #chart: Chart | undefined;

  connectedCallback(): void {
    if (this.#chart) return;
    const box = this.querySelector<HTMLElement>('.chart-canvas');
    const canvas = box?.querySelector('canvas');
    const json = this.dataset['chart'];
    if (!box || !canvas || !json) return;
    let data: ChartPayload;
    try {
      data = JSON.parse(json) as ChartPayload;
    } catch {
      return;
    }
    const narrow = this.clientWidth < 560;
    const labelWidth = narrow ? 16 : 36;
    const labels = data.labels.map((l) => wrap(l, labelWidth));
    const fontSize = narrow ? 12 : 14;
    const lineHeight = fontSize * 1.25;
    // Chart.js gives every category the same band, so each band must fit the bars and the longest wrapped label.
    const barsHeight = data.series.length * (narrow ? 12 : 14) + 12;
    const longestLabel = labels.reduce((max, l) => Math.max(max, l.length), 1);
    const rowsHeight = labels.length * Math.max(barsHeight, longestLabel * lineHeight + 10);
    const legendHeight = (narrow ? data.series.length : Math.ceil(data.series.length / 3)) * (fontSize + 14);
    const height = Math.round(rowsHeight + legendHeight + 60);
    box.hidden = false;
    box.style.height = `${height}px`;
    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    Chart.defaults.color = TEXT;
    Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
    Chart.defaults.font.size = fontSize;
    this.#chart = new Chart(canvas, {
      type: 'bar',
      data: {
        labels,
        datasets: data.series.map((s, i) => ({
          label: s.label,
          data: s.values,
          backgroundColor: fillFor(i),
          borderColor: COLOURS[i % COLOURS.length] ?? TEXT,
          borderWidth: 2,
          borderSkipped: false,
        })),
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: reduceMotion ? false : { duration: 400 },
        scales: {
          x: {
            grid: { color: GRID },
            border: { color: TEXT },
            ticks: { callback: (value) => tick(data.unit, Number(value)) },
          },
          // Every row is labelled: Chart.js would otherwise skip labels that do not fit.
          y: { grid: { display: false }, border: { color: TEXT }, ticks: { autoSkip: false } },
        },
        plugins: {
          legend: { position: 'top', align: 'start', labels: { boxWidth: 28, boxHeight: 16, color: TEXT } },
          tooltip: {
            callbacks: {
              // Show the value exactly as the papers print it.
              label: (item) => `${item.dataset.label ?? ''}: ${data.series[item.datasetIndex]?.raw[item.dataIndex] ?? item.formattedValue}`,
            },
          },
        },
      },
    });
  }

  disconnectedCallback(): void {
    this.#chart?.destroy();
    this.#chart = undefined;
  }
}

if (!customElements.get('os-chart')) customElements.define('os-chart', OsChart);
