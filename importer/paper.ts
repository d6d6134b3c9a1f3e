/**
 * Reading a paper: from the bytes on disk to the text the parsers see.
 *
 * Papers are text extracted from PDFs and Word files by whatever tool the
 * office has at hand, so they arrive in several encodings and sometimes are
 * not text at all. `decodePaper` accepts:
 *
 * - UTF-8, with or without a byte-order mark;
 * - UTF-16 little- or big-endian with a byte-order mark;
 * - CRLF and lone CR line endings (both become LF, so line numbers are the
 *   ones an editor shows).
 *
 * It refuses, naming the file, the line and the byte offset where it can:
 * an empty file, a file of only whitespace, invalid UTF-8 (including
 * overlong forms and encoded surrogates, which TextDecoder's fatal mode
 * rejects), UTF-16 without a byte-order mark, binary files (NUL bytes, or
 * mostly control characters and undecodable bytes), PDF, zip (docx, odt),
 * old Word (OLE) and RTF files. Nothing is ever replaced by U+FFFD.
 *
 * It removes, with a warning naming file:line and the code point:
 *
 * - control characters: C0 except TAB and LF, DEL, C1. They print nothing,
 *   and in a page some of them (NUL, ESC) are invalid or dangerous.
 * - bidirectional embedding, override and isolate controls (U+202A–U+202E,
 *   U+2066–U+2069). Removed rather than replaced: they carry no printed
 *   character, so removing them restores the text exactly as the paper
 *   prints it, whereas a visible replacement would add a character the paper
 *   never had and break the check that every sentence of the paper reaches
 *   the site. Left in, an unterminated override (U+202E) makes a page show
 *   text in a different order from what it says ("Trojan Source").
 * - a byte-order mark (U+FEFF) in the middle of the text: the trace of two
 *   files joined together, never part of the paper's wording.
 *
 * It keeps, on purpose:
 *
 * - U+200E and U+200F (left-to-right and right-to-left marks) and U+061C
 *   (Arabic letter mark): they are invisible marks that only settle the
 *   direction of neighbouring neutral characters, cannot reorder text beyond
 *   that, and are needed for mixed-direction text such as the multilingual
 *   notice in Arabic, Urdu or Farsi.
 * - zero-width characters U+200B (zero-width space), U+200C (non-joiner),
 *   U+200D (joiner) and U+2060 (word joiner): ZWNJ and ZWJ change how
 *   letters join in Persian and Indic scripts and form emoji, ZWSP and WJ
 *   only change where a line may break. Removing them would change words in
 *   those languages; none of them can make text read differently.
 * - U+FFFD already in the text (the extraction lost a character): kept, as
 *   it is what the file says, with a warning to check the line against the
 *   original.
 */
import { readFileSync } from 'node:fs';
import { ImportError } from './source.ts';

export interface DecodedPaper {
  /** The text with LF line endings and the characters above removed. */
  text: string;
  /** One line per kind of removed character (and per U+FFFD), naming file:line and the code point. */
  warnings: string[];
}

const EXPORT_UTF8 = 'export the paper as UTF-8 text';

/** Names for the characters most likely to appear; others are named by their block. */
const NAMES: Record<number, string> = {
  0x00: 'NUL',
  0x07: 'BEL (bell)',
  0x08: 'BS (backspace)',
  0x0b: 'VT (vertical tab)',
  0x0c: 'FF (form feed, a page break)',
  0x1b: 'ESC (escape)',
  0x7f: 'DEL',
  0x85: 'NEL (next line)',
  0xa0: 'no-break space',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'byte-order mark',
  0xfffd: 'REPLACEMENT CHARACTER',
};

export const codePoint = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

function describe(cp: number): string {
  const name = NAMES[cp];
  const kind =
    cp < 0x20 || cp === 0x7f
      ? ', a control character'
      : cp >= 0x80 && cp <= 0x9f
        ? ', a C1 control character'
        : (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)
          ? ', a bidirectional control'
          : '';
  return `${codePoint(cp)}${name ? ` ${name}` : ''}${kind}`;
}

/** Characters removed from the text; see the module comment for why each. */
export function isRemoved(cp: number): boolean {
  return (
    (cp < 0x20 && cp !== 0x09 && cp !== 0x0a) ||
    (cp >= 0x7f && cp <= 0x9f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2066 && cp <= 0x2069) ||
    cp === 0xfeff
  );
}

/** Line number (1-based) of byte `offset`, counting LF, CRLF and lone CR as line ends. */
function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a) line++;
    else if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) line++;
  }
  return line;
}

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');

/** Signatures of files that are not text at all, with what to do instead. */
const SIGNATURES: Array<{ bytes: number[]; what: string; hint: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF file ("%PDF-")', hint: 'this looks like a PDF: extract its text first (the papers in papers/ are the text of the PDF, one file each)' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a zip archive ("PK\\x03\\x04", as a .docx, .odt or .xlsx file is)', hint: 'this looks like a Word (.docx) or OpenDocument file: open it and save or export it as UTF-8 plain text' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an old Office document (an OLE file, as a .doc is)', hint: 'this looks like a Word .doc file: open it and save or export it as UTF-8 plain text' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document ("{\\rtf")', hint: 'open it and save or export it as UTF-8 plain text' },
  { bytes: [0xff, 0xfe, 0x00, 0x00], what: 'UTF-32 text', hint: `${EXPORT_UTF8} (UTF-32 is not read)` },
  { bytes: [0x00, 0x00, 0xfe, 0xff], what: 'UTF-32 text', hint: `${EXPORT_UTF8} (UTF-32 is not read)` },
];

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.length <= bytes.length && sig.every((b, i) => bytes[i] === b);

/**
 * The first malformed UTF-8 sequence in `bytes` (`start` to `end`, end exclusive; `atEnd` when the
 * bytes stop in the middle of a character), or undefined
 * when all of it is valid UTF-8 (overlong forms and encoded surrogates are malformed too).
 */
export function firstInvalidUtf8(bytes: Uint8Array): { start: number; end: number; atEnd: boolean } | undefined {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return undefined;
  } catch {
    // Find the sequence: feed one byte at a time; the sequence in progress started where the decoder last had nothing pending.
  }
  const d = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  let pending = false;
  for (let i = 0; i < bytes.length; i++) {
    if (!pending) start = i;
    try {
      pending = d.decode(bytes.subarray(i, i + 1), { stream: true }) === '';
    } catch {
      return pending ? { start, end: i, atEnd: false } : { start: i, end: i + 1, atEnd: false };
    }
  }
  // Every byte was accepted: the text stops in the middle of a character.
  return { start, end: bytes.length, atEnd: true };
}

/** Whether NUL bytes sit in every other position, as in UTF-16 text of mostly Latin letters; which byte order. */
function utf16WithoutBom(bytes: Uint8Array): 'little-endian' | 'big-endian' | undefined {
  const pairs = Math.floor(bytes.length / 2);
  if (pairs < 2) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  if (oddNul >= pairs * 0.4 && evenNul <= pairs * 0.05) return 'little-endian';
  if (evenNul >= pairs * 0.4 && oddNul <= pairs * 0.05) return 'big-endian';
  return undefined;
}

/** Decode UTF-16 code units, refusing unpaired surrogates with their line and byte offset. */
function decodeUtf16(file: string, bytes: Uint8Array, order: 'le' | 'be'): string {
  if (bytes.length % 2 !== 0) {
    throw new ImportError(file, lineOfUtf16(bytes, order, bytes.length - 1), 'an even number of bytes in UTF-16 text', undefined, {
      description: `UTF-16 text with an odd number of bytes (${bytes.length}): it ends in the middle of a character`,
      hint: `the file looks truncated; ${EXPORT_UTF8} again`,
    });
  }
  const unit = (i: number) => (order === 'le' ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
  for (let i = 2; i < bytes.length; i += 2) {
    const u = unit(i);
    const high = u >= 0xd800 && u <= 0xdbff;
    const low = u >= 0xdc00 && u <= 0xdfff;
    const nextLow = i + 2 < bytes.length && unit(i + 2) >= 0xdc00 && unit(i + 2) <= 0xdfff;
    if (low || (high && !nextLow)) {
      throw new ImportError(file, lineOfUtf16(bytes, order, i), 'valid UTF-16 text', undefined, {
        description: `an unpaired UTF-16 surrogate ${codePoint(u)} at byte offset ${i}`,
        hint: EXPORT_UTF8,
      });
    }
    if (high) i += 2;
  }
  return new TextDecoder(order === 'le' ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(bytes.subarray(2));
}

function lineOfUtf16(bytes: Uint8Array, order: 'le' | 'be', offset: number): number {
  const text = new TextDecoder(order === 'le' ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2, offset - (offset % 2)));
  return text.split(/\r\n?|\n/).length;
}

/**
 * Bytes → text, or an ImportError naming `file`, the line and what was found.
 * `file` is how the paper is named in messages (e.g. "papers/003_x.txt").
 */
export function decodePaper(file: string, bytes: Uint8Array): DecodedPaper {
  if (bytes.length === 0) {
    throw new ImportError(file, undefined, "the paper's text", undefined, {
      description: 'an empty file (0 bytes)',
      hint: `${EXPORT_UTF8}; if it came from a scanned PDF, the PDF has no text layer and needs OCR first`,
    });
  }
  for (const s of SIGNATURES) {
    if (startsWith(bytes, s.bytes)) throw new ImportError(file, 1, 'a text file', undefined, { description: s.what, hint: s.hint });
  }

  let text: string;
  if (startsWith(bytes, [0xff, 0xfe])) text = decodeUtf16(file, bytes, 'le');
  else if (startsWith(bytes, [0xfe, 0xff])) text = decodeUtf16(file, bytes, 'be');
  else {
    const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
    const bomLength = bytes.length - body.length;
    const nul = body.indexOf(0);
    if (nul >= 0) {
      const order = utf16WithoutBom(body);
      if (order) {
        throw new ImportError(file, undefined, 'UTF-8 text, or UTF-16 with a byte-order mark', undefined, {
          description: `UTF-16 (${order}) text without a byte-order mark (NUL bytes in every other position)`,
          hint: EXPORT_UTF8,
        });
      }
      throw new ImportError(file, lineAtByte(body, nul), 'a text file', undefined, {
        description: `a binary file (a NUL byte at byte offset ${nul + bomLength})`,
        hint: `${EXPORT_UTF8}; a paper must be the text extracted from the PDF or Word file, not the file itself`,
      });
    }
    const invalid = firstInvalidUtf8(body);
    if (invalid !== undefined) {
      if (mostlyNotText(new TextDecoder('utf-8').decode(body))) {
        throw new ImportError(file, undefined, 'a text file', undefined, {
          description: 'a binary file (mostly bytes that are not UTF-8 text)',
          hint: `${EXPORT_UTF8}; a paper must be the text extracted from the PDF or Word file, not the file itself`,
        });
      }
      const bad = invalid.start;
      const lineStart = bad === 0 ? 0 : Math.max(body.lastIndexOf(0x0a, bad - 1), body.lastIndexOf(0x0d, bad - 1)) + 1;
      const before = new TextDecoder('utf-8').decode(body.subarray(lineStart, bad));
      throw new ImportError(file, lineAtByte(body, bad), 'UTF-8 text', undefined, {
        description:
          `invalid UTF-8 at byte offset ${bad + bomLength} (${hex(body.subarray(bad, Math.max(invalid.end, bad + 1)))})` +
          (before.trim() ? ` after ${JSON.stringify(before.length > 60 ? `…${before.slice(-60)}` : before)}` : ''),
        hint: invalid.atEnd
          ? 'the file ends in the middle of a character: it looks truncated; extract the text again'
          : `${EXPORT_UTF8}; the file may be in Windows-1252 or Latin-1`,
      });
    }
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  }
  if (mostlyNotText(text)) {
    throw new ImportError(file, undefined, 'a text file', undefined, {
      description: 'a binary file (mostly control characters)',
      hint: `${EXPORT_UTF8}; a paper must be the text extracted from the PDF or Word file, not the file itself`,
    });
  }
  return cleanText(file, text.replace(/\r\n?/g, '\n'));
}

/** More than a tenth of the characters are controls or U+FFFD, and at least 8 of them: not a text. */
function mostlyNotText(text: string): boolean {
  let odd = 0;
  let all = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    all++;
    if (cp === 0xfffd || (cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d && cp !== 0x0c) || (cp >= 0x7f && cp <= 0x9f)) odd++;
  }
  return odd >= 8 && odd > all / 10;
}

/**
 * Remove what isRemoved() names from decoded text, with one warning per code point (its first line
 * and the other lines). Refuses a text that is only whitespace once they are removed.
 */
export function cleanText(file: string, text: string): DecodedPaper {
  const found = new Map<number, number[]>();
  const replacement: number[] = [];
  const lines = text.split('\n').map((line, i) => {
    let out = '';
    for (const ch of line) {
      const cp = ch.codePointAt(0)!;
      if (cp === 0xfffd && (replacement.at(-1) ?? 0) !== i + 1) replacement.push(i + 1);
      if (isRemoved(cp)) {
        const at = found.get(cp) ?? [];
        if (at.at(-1) !== i + 1) at.push(i + 1);
        found.set(cp, at);
      } else out += ch;
    }
    return out;
  });
  const cleaned = lines.join('\n');
  if (cleaned.trim() === '') {
    throw new ImportError(file, undefined, "the paper's text", undefined, {
      description: found.size > 0 ? 'a file of only whitespace and control characters' : `a file of only whitespace (${text.length} characters)`,
      hint: `${EXPORT_UTF8}; the extraction produced no text (a scanned PDF needs OCR first)`,
    });
  }
  const listed = (at: number[]) => (at.length > 1 ? `; also on line${at.length > 2 ? 's' : ''} ${at.slice(1, 9).join(', ')}${at.length > 9 ? `, … (${at.length} lines in all)` : ''}` : '');
  const warnings = [...found]
    .sort(([a], [b]) => a - b)
    .map(([cp, at]) => `${file}:${at[0]}: removed ${describe(cp)}${listed(at)}`);
  if (replacement.length > 0) {
    warnings.push(
      `${file}:${replacement[0]}: kept ${describe(0xfffd)}${listed(replacement)}: a character was lost when the text was extracted; check the line against the original paper`,
    );
  }
  return { text: cleaned, warnings };
}

/** Read and decode a paper from disk; `display` names it in messages. */
export function readPaper(path: string, display: string): DecodedPaper {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'an error';
    throw new ImportError(display, undefined, 'a readable file', undefined, {
      description: code === 'EISDIR' ? 'a directory' : `a file that cannot be read (${code})`,
      hint: code === 'ENOENT' ? 'check the path' : 'check the path and its permissions',
    });
  }
  return decodePaper(display, bytes);
}
