/** /actions/<id>/feed.xml: RSS of one action's updates, newest first, so a resident can follow one promise. */
import rss from '@astrojs/rss';
import type { APIContext, GetStaticPaths } from 'astro';
import { findFollowModel } from '../../../lib/actions/view.ts';
import { feedUpdates } from '../../../lib/actions/actions.ts';
import { plainText } from '../../../lib/text/inline.ts';
import { londonToUtc } from '../../../lib/meetings/meetings.ts';
import { t } from '../../../lib/i18n/i18n.ts';
import { siteConfig } from '../../../site.config.ts';

export const getStaticPaths = (async () => {
  const model = await findFollowModel();
  return model.actions.map((a) => ({ params: { id: a.id } }));
}) satisfies GetStaticPaths;

export async function GET(context: APIContext): Promise<Response> {
  const model = await findFollowModel();
  const site = context.site ?? new URL(siteConfig.url);
  const action = model.actionById.get(context.params['id']!)!;
  const dateOf = (id: string) => model.site.meetingById.get(id)?.data.date;
  const items = feedUpdates([action.entry], dateOf).map((item) => {
    const update = action.updates[item.index - 1]!;
    return {
      title: t('actions.feedItem', { action: action.label, status: update.statusLabel, meeting: update.meeting.label }),
      // Absolute, so @astrojs/rss keeps the #fragment as it is (it would append a slash to a relative one).
      link: new URL(`${action.url}#${update.anchor}`, site).href,
      description: update.text.map(plainText).join('\n\n'),
      categories: [update.statusLabel],
      ...(item.date ? { pubDate: londonToUtc(item.date, '00:00') } : {}),
    };
  });
  return rss({
    title: `${siteConfig.name}: ${action.pageTitle}`,
    description: t('actions.feedOneDescription', { action: action.pageTitle, text: plainText(action.text) }),
    site,
    trailingSlash: true,
    customData: '<language>en-GB</language>',
    items,
  });
}
