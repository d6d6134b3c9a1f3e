/**
 * The table and chart helpers' words from the site's UI strings: chart summary templates
 * (charts.summary.*) for chartsFor(), and the spoken forms of table symbols (tables.spoken.*).
 */
import { t } from '../i18n/i18n.ts';
import type { Format } from './charts.ts';
import type { SpokenWords } from '../tables/tables.ts';

export const summaryFormat = (): Format => (key, vars) => t(`charts.summary.${key}`, vars);

let spoken: SpokenWords | undefined;

/** The words screen readers hear for table symbols ("minus", "percentage points", …), looked up once per build. */
export function spokenWords(): SpokenWords {
  spoken ??= {
    minus: t('tables.spoken.minus'),
    percentagePoints: t('tables.spoken.percentagePoints'),
    nil: t('tables.spoken.nil'),
    hours: t('tables.spoken.hours'),
    minutes: t('tables.spoken.minutes'),
    seconds: t('tables.spoken.seconds'),
  };
  return spoken;
}
