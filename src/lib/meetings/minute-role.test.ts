import { describe, expect, it } from 'vitest';
import { minuteSectionRole } from './meetings.ts';

describe('minuteSectionRole', () => {
  it("takes the role from the importer's kind when the entry has one", () => {
    expect(minuteSectionRole({ id: 'x', title: 'Anything at all', kind: 'apologies' })).toBe('attendance');
    expect(minuteSectionRole({ id: 'x', title: 'Anything at all', kind: 'next-meeting' })).toBe('next-meeting');
    // A kind that is not one of the roles wins over a heading that looks like one.
    expect(minuteSectionRole({ id: 'actions', title: 'Actions', kind: 'item' })).toBeUndefined();
  });

  it('falls back to the heading when the entry has no kind', () => {
    expect(minuteSectionRole({ id: 'actions', title: 'Actions' })).toBe('actions');
    expect(minuteSectionRole({ id: 's', title: 'Declarations of Interest' })).toBe('attendance');
    expect(minuteSectionRole({ id: 's', title: 'Pillar 1' })).toBeUndefined();
  });
});
