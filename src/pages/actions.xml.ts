/** /actions.xml: RSS feed of every action update in the papers, newest first. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { findFollowModel } from '../lib/actions/view.ts';
import { feedUpdates } from '../lib/actions/actions.ts';
import { plainText } from '../lib/text/inline.ts';
import { londonToUtc } from '../lib/meetings/meetings.ts';
import { t } from '../lib/i18n/i18n.ts';
import { siteConfig } from '../site.config.ts';

export async function GET(context: APIContext): Promise<Response> {
  const model = await findFollowModel();
  const site = context.site ?? new URL(siteConfig.url);
  const dateOf = (id: string) => model.site.meetingById.get(id)?.data.date;
  const items = feedUpdates(model.site.actions, dateOf).map((item) => {
    const action = model.actionById.get(item.actionId)!;
    const update = action.updates[item.index - 1]!;
    return {
      title: t('actions.feedItem', { action: action.label, status: update.statusLabel, meeting: update.meeting.label }),
      // Absolute, so @astrojs/rss keeps the #fragment as it is (it would append a slash to a relative one).
      link: new URL(`${action.url}#${update.anchor}`, site).href,
      description: [plainText(action.text), ...update.text.map(plainText)].join('\n\n'),
      categories: [update.statusLabel],
      ...(item.date ? { pubDate: londonToUtc(item.date, '00:00') } : {}),
    };
  });
  return rss({
    title: `${siteConfig.name}: ${t('actions.feedTitle')}`,
    description: t('actions.feedDescription'),
    site,
    trailingSlash: true,
    customData: '<language>en-GB</language>',
    items,
  });
}
