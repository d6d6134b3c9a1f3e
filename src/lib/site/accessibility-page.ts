/**
 * What the accessibility statement (/accessibility/) shows that depends on the content, worked out
 * here so the .astro file only renders it: the statement's date (the build date), the charts whose
 * data is not in the papers, and the pages carrying link texts whose target the papers lost.
 */
import { loadSite } from '../content/data.ts';
import { t } from '../i18n/i18n.ts';
import { actionUrl, bodyUrl, formatDate, meetingUrl, planUrl, questionUrl, reportUrl } from '../meetings/meetings.ts';
import { plainText } from '../text/inline.ts';
import { lostLinkPages, missingFigures, type LostLinkPage, type MissingFigure } from './accessibility.ts';
import { buildDate } from './build-date.ts';
import { meetingLabel } from './site-index.ts';

export interface AccessibilityPage {
  /** The date of the statement: the build date, in words. */
  date: string;
  figures: MissingFigure[];
  lostLinks: LostLinkPage[];
}

export async function accessibilityPage(): Promise<AccessibilityPage> {
  const site = await loadSite();
  const reportTitle = (id: string): string | undefined => site.reportById.get(id)?.data.title;
  const reportLabel = (id: string): string => plainText(reportTitle(id) ?? id);
  const bodyName = (id: string): string => site.bodyById.get(id)?.data.name ?? id;
  const meetingName = (id: string): string => {
    const m = site.meetingById.get(id);
    return m ? meetingLabel(m, bodyName(m.data.body), t) : id;
  };
  return {
    date: formatDate(buildDate(), { weekday: false }),
    figures: missingFigures(site.figures, reportTitle),
    lostLinks: lostLinkPages<{ id: string; data: any; body?: string | undefined }>([
      { entries: site.meetings, href: (e) => meetingUrl(e.id), label: (e) => meetingName(e.id) },
      { entries: site.questions, href: (e) => questionUrl(e.id), label: (e) => `${t('nav.questions')}: ${meetingName(e.data.meeting)}` },
      { entries: site.actions, href: (e) => actionUrl(e.id), label: (e) => `${t('nav.actions')}: ${meetingName(e.data.raisedAt)}` },
      { entries: site.reports, href: (e) => reportUrl(e.id), label: (e) => plainText(e.data.title) },
      { entries: site.tables, href: (e) => reportUrl(e.data.report), label: (e) => reportLabel(e.data.report) },
      { entries: site.inspections, href: (e) => reportUrl(e.data.report), label: (e) => reportLabel(e.data.report) },
      { entries: site.grid, href: (e) => reportUrl(e.data.report), label: (e) => reportLabel(e.data.report) },
      { entries: site.plans, href: (e) => planUrl(e.id), label: (e) => e.data.title },
      { entries: site.bodies, href: (e) => bodyUrl(e.id), label: (e) => e.data.name },
      { entries: site.glossary, href: () => '/glossary/', label: () => t('nav.glossary') },
    ]),
  };
}
