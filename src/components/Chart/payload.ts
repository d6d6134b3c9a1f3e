/** What the server hands the <os-chart> element, JSON in its data-chart attribute. */
export interface ChartPayload {
  type: 'bar' | 'line';
  /** Unit key: number, percent, duration, money, money000, moneym. */
  unit: string;
  /** Category labels (row names). */
  labels: string[];
  /** One series per compared column. */
  series: { label: string; values: number[]; raw: string[] }[];
}
