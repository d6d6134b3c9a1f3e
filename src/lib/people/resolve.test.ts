import { describe, expect, it } from 'vitest';
import { abbreviationTable, createResolver, normaliseName, surnameOf, type ResolverInput } from './resolve.ts';

/** A small world shaped like the papers: two PCC Accountability Meetings, one with abbreviations printed, one without. */
const input: ResolverInput = {
  people: [
    { id: 'paul-sanford', name: 'Paul Sanford', alsoKnownAs: ['T/ACC Sanford'], roles: [{ title: 'T/ACC' }, { title: 'Chief Constable' }] },
    { id: 'simon-megicks', name: 'Simon Megicks', alsoKnownAs: ['DCC Megicks'], roles: [{ title: 'Deputy Chief Constable' }] },
    { id: 'nick-davison', name: 'Nick Davison', alsoKnownAs: ['ACC Davison'], roles: [{ title: 'Assistant Chief Constable' }] },
    { id: 'julie-dean', name: 'Julie Dean', alsoKnownAs: ['ACC Dean'], roles: [{ title: 'Assistant Chief Constable' }] },
    { id: 'nick-dean', name: 'Nick Dean', alsoKnownAs: [], roles: [{ title: 'Deputy Chief Constable' }] },
    { id: 'peter-jasper', name: 'Peter Jasper', alsoKnownAs: ['ACO Jasper'], roles: [{ title: 'Assistant Chief Officer' }] },
    { id: 'sarah-taylor', name: 'Sarah Taylor', alsoKnownAs: [], roles: [{ title: 'Police and Crime Commissioner' }] },
    { id: 'chris-balmer', name: 'Chris Balmer', alsoKnownAs: ['T/ACC Balmer'], roles: [{ title: 'Temporary Assistant Chief Constable' }] },
    { id: 'sean-o-kelly', name: "Dr Sean O'Kelly", alsoKnownAs: [], roles: [{ title: 'Chief Inspector of Health Care' }] },
    { id: 'mark-stokes', name: 'Mark Stokes', alsoKnownAs: [], roles: [{ title: 'Chief Executive' }] },
  ],
  meetings: [
    {
      id: 'autumn',
      attendance: [
        { role: 'Police and Crime Commissioner', roleAbbreviation: 'PCC', person: 'sarah-taylor' },
        { role: 'Chief Constable', roleAbbreviation: 'CC', person: 'paul-sanford' },
        { role: 'Chief Executive', person: 'mark-stokes' },
        { role: 'Deputy Chief Constable', roleAbbreviation: 'DCC', person: 'simon-megicks' },
        { role: 'Assistant Chief Constable', roleAbbreviation: 'ACC', person: 'nick-davison' },
        { role: 'Assistant Chief Constable', person: 'julie-dean' },
      ],
    },
    {
      id: 'winter',
      attendance: [
        { role: 'Police and Crime Commissioner', person: 'sarah-taylor' },
        { role: 'Chief Constable', person: 'paul-sanford' },
        { role: 'Deputy Chief Constable', person: 'simon-megicks' },
        { role: 'Temporary Assistant Chief Constable', person: 'chris-balmer' },
        { role: 'Assistant Chief Officer', person: 'peter-jasper' },
      ],
    },
    { id: 'forum-2017', attendance: [] },
  ],
  glossary: [
    { term: 'T/ACC', expansions: [{ text: 'Temporary Assistant Chief Constable' }] },
    { term: 'ACO', expansions: [{ text: 'Assistant Chief Officer' }] },
  ],
};
const r = createResolver(input);

describe('normaliseName and surnameOf', () => {
  it('ignores case, runs of white space, curly apostrophes and a closing full stop', () => {
    expect(normaliseName('  The   CC. ')).toBe('the cc');
    expect(normaliseName('Dr Sean O\u2019Kelly')).toBe(normaliseName("dr sean o'kelly"));
  });
  it('takes the last printed word as the surname', () => {
    expect(surnameOf("Dr Sean O'Kelly")).toBe("O'Kelly");
    expect(surnameOf('Wwendth')).toBe('Wwendth');
  });
});

describe('abbreviationTable', () => {
  it('reads abbreviations from attendance lists and the glossary, and drops one the papers expand two ways', () => {
    const table = abbreviationTable({
      meetings: input.meetings,
      glossary: [...(input.glossary ?? []), { term: 'DI', expansions: [{ text: 'Detective Inspector' }, { text: 'Digital Intelligence' }] }],
    });
    expect(table.get('cc')).toBe('chief constable');
    expect(table.get('t/acc')).toBe('temporary assistant chief constable');
    expect(table.has('di')).toBe(false);
  });
});

describe('createResolver: a printed name becomes a person only when certain', () => {
  it('matches the name or an alsoKnownAs form exactly, ignoring case and spacing', () => {
    expect(r.resolve('ACC Davison', 'autumn')).toEqual({ kind: 'person', person: 'nick-davison', by: 'name' });
    expect(r.personFor('acc  davison', undefined)).toBe('nick-davison');
    expect(r.personFor('Sarah Taylor', 'winter')).toBe('sarah-taylor');
    expect(r.personFor('Dr Sean O\u2019Kelly', undefined)).toBe('sean-o-kelly');
  });

  it('reads "Title (ABBR) Surname" and "Role Surname" as the person who carries that role', () => {
    expect(r.personFor('Deputy Chief Constable (DCC) Megicks', 'winter')).toBe('simon-megicks');
    expect(r.personFor('Assistant Chief Officer (ACO) Jasper', 'autumn')).toBe('peter-jasper');
    expect(r.personFor('Temporary Assistant Chief Constable (T/ACC) Balmer', 'winter')).toBe('chris-balmer');
    expect(r.personFor('Chief Constable Sanford', undefined)).toBe('paul-sanford');
    // A role printed as an abbreviation in the person's roles, with the full name.
    expect(r.personFor('T/ACC Paul Sanford', 'forum-2017')).toBe('paul-sanford');
    // The abbreviation the papers give for a title the person carries.
    expect(r.personFor('CC Sanford', undefined)).toBe('paul-sanford');
  });

  it('does not read a role with a surname when the person never carried that role, or the abbreviation means another title', () => {
    expect(r.resolve('Chief Constable Megicks', 'winter')).toEqual({ kind: 'unknown' });
    expect(r.resolve('Deputy Chief Constable (ACO) Megicks', 'winter')).toEqual({ kind: 'unknown' });
  });

  it('resolves a role reference through the attendance of that meeting, with or without printed abbreviations', () => {
    expect(r.resolve('The CC', 'autumn')).toEqual({ kind: 'person', person: 'paul-sanford', by: 'role' });
    expect(r.personFor('the CC', 'winter')).toBe('paul-sanford'); // "CC" read through the autumn list's "Chief Constable (CC)"
    expect(r.personFor('The Chief Constable (CC)', 'winter')).toBe('paul-sanford');
    expect(r.personFor('The Chief Constable', 'winter')).toBe('paul-sanford');
    expect(r.personFor('The PCC', 'winter')).toBe('sarah-taylor');
    expect(r.personFor('The Police and Crime Commissioner (PCC)', 'winter')).toBe('sarah-taylor');
    expect(r.personFor('The DCC', 'autumn')).toBe('simon-megicks');
    expect(r.personFor('The T/ACC', 'winter')).toBe('chris-balmer'); // through the glossary
  });

  it('leaves a role reference unresolved when two attendees hold the role (ambiguous)', () => {
    expect(r.resolve('The ACC', 'autumn')).toEqual({ kind: 'ambiguous', candidates: ['julie-dean', 'nick-davison'] });
    expect(r.personFor('The ACC', 'autumn')).toBeUndefined();
    expect(r.resolve('The Assistant Chief Constable', 'autumn').kind).toBe('ambiguous');
  });

  it('leaves a surname shared by two people carrying the role unresolved (ambiguous)', () => {
    const two = createResolver({
      ...input,
      people: [...input.people, { id: 'other-davison', name: 'Ann Davison', alsoKnownAs: [], roles: [{ title: 'Assistant Chief Constable' }] }],
    });
    expect(two.resolve('Assistant Chief Constable Davison', undefined)).toEqual({ kind: 'ambiguous', candidates: ['nick-davison', 'other-davison'] });
    // The alias "ACC Davison" is now also "ACC" + Ann Davison's surname: it no longer means one person.
    expect(two.personFor('ACC Davison', 'autumn')).toBeUndefined();
  });

  it('leaves a role reference unresolved at a meeting without an attendance list, or with nobody in that role', () => {
    expect(r.resolve('The Chief Constable', 'forum-2017')).toEqual({ kind: 'unknown' });
    expect(r.resolve('The CC', 'no-such-meeting')).toEqual({ kind: 'unknown' });
    expect(r.resolve('The CC', undefined)).toEqual({ kind: 'unknown' });
    expect(r.resolve('The ACO', 'autumn')).toEqual({ kind: 'unknown' });
  });

  it('never resolves a partial role, a collective owner or an unknown name', () => {
    for (const printed of [
      'The Chief',
      'The Constabulary',
      'The OPCCN',
      'The PCC and the Director of the Local Policing Delivery Unit',
      'Not stated in the papers',
      'Megicks',
      'Simon',
      '',
      '   ',
    ]) {
      expect(r.personFor(printed, 'winter'), printed).toBeUndefined();
    }
  });

  it('gives the same answer when asked again (memoised)', () => {
    expect(r.resolve('The CC', 'autumn')).toBe(r.resolve('The CC', 'autumn'));
  });
});
