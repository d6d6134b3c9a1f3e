/** Byte-level RFC 5545 checks shared by the calendar tests (unit and built-site). */
import ICAL from 'ical.js';
import { expect } from 'vitest';

/**
 * Asserts: only CRLF line breaks; the file ends with CRLF; no line is longer
 * than 75 octets; no fold splits a UTF-8 sequence; it parses in ical.js as a
 * VCALENDAR with VERSION, PRODID, and a UID and DTSTAMP on every VEVENT.
 * Returns the parsed events.
 */
export function assertValidIcs(text: string | Uint8Array): ICAL.Event[] {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const str = decoder.decode(bytes);
  expect(str.endsWith('\r\n'), 'ends with CRLF').toBe(true);
  expect(/\r(?!\n)|(?<!\r)\n/.test(str), 'bare CR or LF').toBe(false);
  // Split the raw bytes on CRLF and decode each line on its own: a fold inside a
  // multi-byte character would make a line invalid UTF-8 and throw here.
  let start = 0;
  let lines = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      const line = bytes.subarray(start, i);
      expect(line.length, `line ${lines + 1} is ${line.length} octets`).toBeLessThanOrEqual(75);
      expect(() => decoder.decode(line), `line ${lines + 1} splits a UTF-8 character`).not.toThrow();
      start = i + 2;
      lines++;
    }
  }
  const comp = new ICAL.Component(ICAL.parse(str));
  expect(comp.name).toBe('vcalendar');
  expect(comp.getFirstPropertyValue('version')).toBe('2.0');
  expect(comp.getFirstPropertyValue('prodid')).toBeTruthy();
  const vevents = comp.getAllSubcomponents('vevent');
  for (const v of vevents) {
    expect(v.getFirstPropertyValue('uid')).toBeTruthy();
    expect(v.getFirstPropertyValue('dtstamp')).toBeTruthy();
    expect(v.getFirstPropertyValue('dtstart')).toBeTruthy();
  }
  return vevents.map((v) => new ICAL.Event(v));
}
