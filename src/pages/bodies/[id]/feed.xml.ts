/** /bodies/<id>/feed.xml: RSS of one body's meetings, newest first (the site-wide feed is /meetings.xml). */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { meetingFeedItems, meetingsRssOptions } from '../../../lib/meetings/feed.ts';
import { t } from '../../../lib/i18n/i18n.ts';
import { meetingUrl } from '../../../lib/meetings/meetings.ts';
import { meetingIndex } from '../../../lib/meetings/index.ts';
import { siteConfig } from '../../../site.config.ts';

export const getStaticPaths = (async () => {
  const index = await meetingIndex();
  return index.site.bodies.map((b) => ({ params: { id: b.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const index = await meetingIndex();
  const id = params['id']!;
  const body = index.site.bodyById.get(id)!;
  const views = index.byBody.get(id) ?? [];
  const items = meetingFeedItems(views.map((v) => v.entry), (m) => {
    const v = index.views.get(m.id)!;
    return { title: v.title, link: meetingUrl(m.id), description: v.description, category: v.bodyName };
  });
  return rss(
    meetingsRssOptions(items, {
      title: `${siteConfig.name}: ${body.data.name}`,
      description: t('bodies.feedDescription', { name: body.data.name }),
      site: site ?? siteConfig.url,
    }),
  );
};
