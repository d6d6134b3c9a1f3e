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

/** Series colours: each at least 4.7:1 against white. */
const COLOURS = ['#1d3a6b', '#b35c00', '#00703c', '#6f2c91'];
const TEXT = '#0b0c0c';
const GRID = '#b1b4b6';

/** A fill for series i: solid, diagonal stripes, dots, cross-hatch. */
function fillFor(i: number): CanvasPattern | string {
  const colour = COLOURS[i % COLOURS.length] ?? TEXT;
  const kind = i % 4;
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
  return ctx.createPattern(tile, 'repeat') ?? colour;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Axis tick text for a value in the chart's unit. */
function tick(unit: string, value: number): string {
  switch (unit) {
    case 'percent':
      return `${value.toLocaleString('en-GB')}%`;
    case 'duration': {
      const s = Math.round(value);
      return `${Math.floor(s / 3600)}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
    }
    case 'money':
      return `£${value.toLocaleString('en-GB')}`;
    case 'money000':
      return `£${value.toLocaleString('en-GB')}k`;
    case 'moneym':
      return `£${value.toLocaleString('en-GB')}m`;
    default:
      return value.toLocaleString('en-GB');
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
    const labelWidth = narrow ? 18 : 36;
    const labels = data.labels.map((l) => wrap(l, labelWidth));
    const lines = labels.reduce((n, l) => n + Math.max(l.length, 1), 0);
    const barsPerRow = data.series.length;
    const rowHeight = Math.max(barsPerRow * 14 + 14, 0);
    const height = Math.max(data.labels.length * rowHeight, lines * 16) + 90;
    box.hidden = false;
    box.style.height = `${height}px`;
    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    Chart.defaults.color = TEXT;
    Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
    Chart.defaults.font.size = narrow ? 12 : 14;
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
          y: { grid: { display: false }, border: { color: TEXT } },
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
