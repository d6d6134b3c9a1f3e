/** The chart summary templates from the site's UI strings (charts.summary.*), for chartsFor(). */
import { t } from './i18n.ts';
import type { Format } from './charts.ts';

export const summaryFormat = (): Format => (key, vars) => t(`charts.summary.${key}`, vars);
