import { getRssString } from '@astrojs/rss';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { meetingFeedItems, meetingInstant, meetingsRssOptions } from './feed.ts';
import { clampDescription, meetingEventJsonLd } from '../site/seo.ts';
import { meeting } from '../../../tests/fixtures/lib/meetings.ts';

const site = 'https://scrutiny.example.org';
const held = meeting('2025-01-29-pcc-accountability-meeting', {
  status: 'held',
  startTime: '10:00',
  minutes: [{ id: 'item-1', title: 'x', blocks: [], sources: [] }],
});
const summer = meeting('2025-07-08-pcc-accountability-meeting', { startTime: '10:00', endTime: '13:00' });
const allDay = meeting('2024-07-22-pcc-accountability-meeting', { status: 'held', mentions: [{ source: { doc: '001', line: 95 }, text: 'x' }] });
const undated = meeting('2017-police-accountability-forum', {
  body: 'police-accountability-forum',
  status: 'held',
  date: { kind: 'not-stated', notBefore: '2017-10-19', evidence: 'x' },
  minutes: [{ id: 'item-4', title: 'x', blocks: [], sources: [] }],
});

describe('RSS of meetings', () => {
  it('orders items newest first and dates them at the London start time', () => {
    expect(meetingInstant(summer)?.toISOString()).toBe('2025-07-08T09:00:00.000Z');
    expect(meetingInstant(allDay)?.toISOString()).toBe('2024-07-21T23:00:00.000Z'); // London midnight in BST
    expect(meetingInstant(undated)).toBeUndefined();
    const items = meetingFeedItems([held, undated, summer, allDay], (m) => ({
      title: m.id, link: `/meetings/${m.id}/`, description: `About ${m.id} & <more>`, category: 'PAM',
    }));
    expect(items.map((i) => i.title)).toEqual([summer.id, held.id, allDay.id, undated.id]);
  });

  it('renders a feed that parses as RSS 2.0 with every meeting', async () => {
    const items = meetingFeedItems([held, undated, summer, allDay], (m) => ({
      title: `Meeting ${m.id}`, link: `/meetings/${m.id}/`, description: `About ${m.id} & <more>`, category: 'PCC Accountability Meeting',
    }));
    const xml = await getRssString(meetingsRssOptions(items, { title: 'Meetings', description: 'All meetings', site }));
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(doc.rss['@_version']).toBe('2.0');
    const parsed = doc.rss.channel.item as Record<string, unknown>[];
    expect(parsed).toHaveLength(4);
    expect(parsed[0]!['link']).toBe(`${site}/meetings/2025-07-08-pcc-accountability-meeting/`);
    expect(parsed[0]!['pubDate']).toBe('Tue, 08 Jul 2025 09:00:00 GMT');
    expect(parsed[0]!['description']).toBe('About 2025-07-08-pcc-accountability-meeting & <more>');
    expect(parsed[3]!['pubDate']).toBeUndefined();
    expect(doc.rss.channel.language).toBe('en-GB');
  });
});

describe('schema.org Event', () => {
  const base = { name: 'PAM', url: `${site}/m/`, description: 'd', status: 'scheduled' as const };
  it('gives startDate with the London offset, GMT in winter and BST in summer', () => {
    expect(meetingEventJsonLd({ ...base, date: '2025-01-29', startTime: '10:00' })?.['startDate']).toBe('2025-01-29T10:00:00+00:00');
    const summerLd = meetingEventJsonLd({ ...base, date: '2025-07-08', startTime: '10:00', endTime: '13:00', venue: 'Room,\nHall' })!;
    expect(summerLd['startDate']).toBe('2025-07-08T10:00:00+01:00');
    expect(summerLd['endDate']).toBe('2025-07-08T13:00:00+01:00');
    expect(summerLd['location']).toEqual({ '@type': 'Place', name: 'Room, Hall', address: 'Room, Hall' });
    expect(meetingEventJsonLd({ ...base, date: '2024-07-22' })?.['startDate']).toBe('2024-07-22');
  });
  it('uses EventCancelled only for cancelled meetings and gives no Event without a date', () => {
    expect(meetingEventJsonLd({ ...base, date: '2025-01-29', status: 'held' })?.['eventStatus']).toBe('https://schema.org/EventScheduled');
    expect(meetingEventJsonLd({ ...base, date: '2025-01-29', status: 'cancelled' })?.['eventStatus']).toBe('https://schema.org/EventCancelled');
    expect(meetingEventJsonLd({ ...base })).toBeUndefined();
    expect(meetingEventJsonLd({ ...base, date: '2025-01-29', organizer: 'OPCCN' })?.['organizer']).toEqual({ '@type': 'Organization', name: 'OPCCN' });
  });
  it('clamps descriptions on a word boundary', () => {
    expect(clampDescription('short  text')).toBe('short text');
    const long = clampDescription('word '.repeat(60), 40);
    expect(long.length).toBeLessThanOrEqual(40);
    expect(long.endsWith('word…')).toBe(true);
  });
});
