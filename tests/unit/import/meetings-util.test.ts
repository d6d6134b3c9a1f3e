import { describe, expect, it } from 'vitest';
import {
  appendParagraphs,
  bodyByName,
  clean,
  endsSentence,
  HintedImportError,
  ImportProblems,
  isSeparatorRow,
  meetingId,
  numberAfter,
  paragraphs,
  parseClock,
  parseDateText,
  parseTimeRange,
  plainLine,
  slugify,
  throwProblems,
} from '../../../importer/meetings-util.ts';
import { ImportError } from '../../../importer/source.ts';
import { thrownBy } from './meetings-helpers.ts';

describe('markup', () => {
  it('strips <p>, <b>, <u>, <i> but keeps their text, and decodes &amp;', () => {
    expect(clean('<b>Action 1 (22 July 2024):</b> The CC &amp; the PCC')).toBe('Action 1 (22 July 2024): The CC & the PCC');
    expect(clean('<u>Date of Next Scrutiny Meetings</u>')).toBe('Date of Next Scrutiny Meetings');
    expect(clean('<i>Data not available</i>')).toBe('Data not available');
  });
  it('collapses runs of spaces (003 has doubled spaces) and trims', () => {
    expect(clean('below.  ACC Davison added  ')).toBe('below. ACC Davison added');
  });
  it('splits <p> paragraphs into strings and keeps a plain cell whole', () => {
    expect(paragraphs('<p>One.</p> <p>Two &amp; three.</p>')).toEqual(['One.', 'Two & three.']);
    expect(paragraphs('Just one.')).toEqual(['Just one.']);
    expect(paragraphs('')).toEqual([]);
  });
  it('reads structural lines without markdown markers', () => {
    expect(plainLine('#### 1.1 Apologies for absence:')).toBe('1.1 Apologies for absence:');
    expect(plainLine('**Date of next meeting:**')).toBe('Date of next meeting:');
  });
  it('joins a paragraph split mid-sentence and starts a new one after a full stop', () => {
    const a = ['Officers are encouraged to engage with the force wellbeing'];
    appendParagraphs(a, ['provisions, especially those exposed.']);
    expect(a).toEqual(['Officers are encouraged to engage with the force wellbeing provisions, especially those exposed.']);
    appendParagraphs(a, ['The PCC added a remark.']);
    expect(a).toHaveLength(2);
    expect(endsSentence('across our city? How')).toBe(false);
    expect(endsSentence('communities?"')).toBe(true);
  });
  it('recognises separator rows', () => {
    expect(isSeparatorRow('-----\t--')).toBe(true);
    expect(isSeparatorRow('--\t---')).toBe(true);
    expect(isSeparatorRow('- There were none declared.')).toBe(false);
  });
});

describe('dates and times as printed', () => {
  it('reads full dates in the papers\' wordings', () => {
    expect(parseDateText('Wednesday 29 January 2025')).toMatchObject({ date: '2025-01-29', weekdayMatches: true });
    expect(parseDateText('Monday 5th February 2018').date).toBe('2018-02-05');
    expect(parseDateText('the 8th of October 2024').date).toBe('2024-10-08');
    expect(parseDateText('28/03/2017').date).toBe('2017-03-28');
    expect(parseDateText('8 October 2024').date).toBe('2024-10-08');
  });
  it('flags a weekday that does not match the date, without changing the date', () => {
    expect(parseDateText('Wednesday 21 May 2024')).toEqual({
      date: '2024-05-21',
      weekday: 'Wednesday',
      actualWeekday: 'Tuesday',
      weekdayMatches: false,
    });
  });
  it('never guesses: partial or impossible dates give nothing', () => {
    expect(parseDateText('October 2024')).toEqual({});
    expect(parseDateText('On 27th February')).toEqual({});
    expect(parseDateText('31 February 2025')).toEqual({});
  });
  it('reads clock times in 12- and 24-hour forms', () => {
    expect(parseClock('10:00am')).toBe('10:00');
    expect(parseClock('12:20pm')).toBe('12:20');
    expect(parseClock('1:00pm')).toBe('13:00');
    expect(parseClock('10.00am')).toBe('10:00');
    expect(parseClock('14:30')).toBe('14:30');
    expect(parseClock('10:7am')).toBeUndefined();
    expect(parseClock('Verbal Update')).toBeUndefined();
  });
  it('reads time ranges with en dash, hyphen or "to"', () => {
    expect(parseTimeRange('10:00am – 1:00pm')).toEqual({ start: '10:00', end: '13:00' });
    expect(parseTimeRange('10:00am - 1:00pm')).toEqual({ start: '10:00', end: '13:00' });
    expect(parseTimeRange('14:30 to 16:30')).toEqual({ start: '14:30', end: '16:30' });
    expect(parseTimeRange('10:00am')).toEqual({ start: '10:00' });
  });
});

describe('ids and bodies', () => {
  it('builds meeting ids from date and body', () => {
    expect(meetingId('2025-01-29', 'pcc-accountability-meeting')).toBe('2025-01-29-pcc-accountability-meeting');
  });
  it('knows the bodies by the names the papers use, and nothing else', () => {
    expect(bodyByName('PCC ACCOUNTABILITY MEETING')?.id).toBe('pcc-accountability-meeting');
    expect(bodyByName("PCC's Accountability Meeting")?.id).toBe('pcc-accountability-meeting');
    expect(bodyByName('Norfolk Police and Crime Panel')?.id).toBe('police-and-crime-panel');
    expect(bodyByName('Rural Crime Summit')).toBeUndefined();
    expect(bodyByName('Strategic Governance Board')).toBeUndefined();
  });
  it('slugs headings', () => {
    expect(slugify('Emerging Operational/Organisational Risks')).toBe('emerging-operational-organisational-risks');
  });
});

describe('numberAfter: printed item numbers in order', () => {
  it('reads "1", "1.1", "2." as a sequence and refuses repeats and steps back', () => {
    expect(numberAfter('1.1', '1')).toBe(true);
    expect(numberAfter('2.', '1.1')).toBe(true);
    expect(numberAfter('10', '9')).toBe(true);
    expect(numberAfter('5.', '5')).toBe(false);
    expect(numberAfter('1.2', '10')).toBe(false);
    expect(numberAfter('3', '8')).toBe(false);
  });
});

describe('problems of one paper reported together', () => {
  it('throws one problem as itself and several as ImportProblems, in line order, every message kept', () => {
    const a = new HintedImportError('x.txt', 9, 'a question', 'found a', 'put it back');
    const b = new ImportError('x.txt', 3, 'an action');
    expect(() => throwProblems([])).not.toThrow();
    expect(thrownBy(() => throwProblems([a]))).toBe(a);
    const both = thrownBy(() => throwProblems([a, b]));
    expect(both).toBeInstanceOf(ImportProblems);
    expect(both).toBeInstanceOf(ImportError);
    expect((both as ImportProblems).problems).toEqual([b, a]);
    expect((both as ImportProblems).message.split('\n')).toEqual([b.message, a.message]);
    expect(a.message).toMatch(/^x\.txt:9: expected a question; found "found a".*Hint: put it back/);
  });
});
