/**
 * Which imported paper a newly named paper replaces: a corrected paper saved under a new file name is
 * the same document when it is the same kind of paper (its documents entry's kind) of the same body
 * about the same meeting(s) (the meetings whose agenda or minutes it holds). The older one's extract
 * (and its file in papers/) are then removed, so one document is never imported twice.
 */
import type { Extract } from './meetings-types.ts';
import { draftsOf } from './source.ts';

/** "agenda:2025-07-08-pcc-accountability-meeting", … : the meetings whose agenda or minutes the paper holds. */
function ownMeetings(x: Extract): string[] {
  const out: string[] = [];
  for (const e of x.entries) {
    if (e.collection !== 'meetings') continue;
    const papers = e.data.papers;
    for (const role of ['agenda', 'minutes'] as const) {
      const list = papers?.[role];
      if (Array.isArray(list) && list.includes(x.doc)) out.push(`${role}:${e.id}`);
    }
  }
  return [...new Set(out)].sort();
}

function kindOf(x: Extract): string | undefined {
  return draftsOf(x.entries, 'documents').find((e) => e.id === x.doc)?.data.kind;
}

/** Why `a` is the same document as `b` ("the minutes of 2018-02-05-police-accountability-forum"), or undefined. */
export function sameDocument(a: Extract, b: Extract): string | undefined {
  const kind = kindOf(a);
  const mine = ownMeetings(a);
  if (kind === undefined || mine.length === 0 || kind !== kindOf(b)) return undefined;
  const theirs = ownMeetings(b);
  if (theirs.join('|') !== mine.join('|')) return undefined;
  return `the ${kind} of ${mine.map((m) => m.replace(/^[a-z]+:/, '')).join(' and ')}`;
}
