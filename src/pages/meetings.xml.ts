import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { meetingFeedItems, meetingsRssOptions } from '../lib/meetings/feed.ts';
import { t } from '../lib/i18n/i18n.ts';
import { meetingUrl } from '../lib/meetings/meetings.ts';
import { meetingIndex } from '../lib/meetings/index.ts';
import { siteConfig } from '../site.config.ts';

/** RSS of every meeting, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const index = await meetingIndex();
  const byId = index.views;
  const items = meetingFeedItems(index.ordered.map((v) => v.entry), (m) => {
    const v = byId.get(m.id)!;
    return { title: v.title, link: meetingUrl(m.id), description: v.description, category: v.bodyName };
  });
  return rss(
    meetingsRssOptions(items, {
      title: `${siteConfig.name}: ${t('meetings.title')}`,
      description: t('meetings.description'),
      site: site ?? siteConfig.url,
    }),
  );
};
