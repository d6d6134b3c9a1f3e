import { describe, expect, it } from 'vitest';
import { glossarySchema, type GlossaryEntry } from '../../../src/schemas/glossary.ts';
import {
  acronymForm,
  acronymsInToken,
  buildGlossary,
  cleanLine,
  expansionBefore,
  expansionInside,
  glossaryId,
  NOT_ACRONYMS,
  wordingKey,
} from '../../../importer/glossary.ts';
import { toSourceDoc, type SourceDoc } from '../../../importer/source.ts';
import { seedDocs } from './meetings-helpers.ts';

const docs = seedDocs();
const docById = new Map(docs.map((d) => [d.id, d]));
const doc = (name: string, lines: string[]) => toSourceDoc(name, lines.join('\n'));

describe('glossary ids', () => {
  it('lower-cases the term and turns each run of other characters into one hyphen', () => {
    expect(glossaryId('PCC')).toBe('pcc');
    expect(glossaryId('T/ACC')).toBe('t-acc');
    expect(glossaryId('A.O.B.')).toBe('a-o-b');
    expect(glossaryId('RaSSO')).toBe('rasso');
    expect(glossaryId('C4C')).toBe('c4c');
    expect(glossaryId('O OCD')).toBe('o-ocd');
  });
});

describe('what counts as an acronym', () => {
  it('accepts tokens with two or more capitals and drops plural and possessive endings', () => {
    expect(acronymForm('PCC')).toBe('PCC');
    expect(acronymForm('PCCs')).toBe('PCC');
    expect(acronymForm("ISVA's")).toBe('ISVA');
    expect(acronymForm('RaSSO')).toBe('RaSSO');
    expect(acronymForm('GtoE')).toBe('GtoE');
    expect(acronymForm('SAMS2')).toBe('SAMS2');
    expect(acronymForm('SARS')).toBe('SARS');
    expect(acronymForm('A.O.B.')).toBe('A.O.B.');
  });

  it('rejects ordinary capitalised words, CamelCase names, numerals and codes', () => {
    for (const t of ['Police', 'SpeedWatch', 'SmartSurvey', 'McCabe', 'II', 'XIV', 'SO15', 'NR18', 'AA3', '0WW', 'B1', 'HH', 'BOTNET', 'IMPACT']) {
      expect(acronymForm(t), t).toBeUndefined();
    }
    expect(Object.keys(NOT_ACRONYMS).length).toBeGreaterThan(0);
  });

  it('keeps T/ACC whole but splits slash pairs of acronyms or words', () => {
    expect(acronymsInToken('T/ACC')).toEqual(['T/ACC']);
    expect(acronymsInToken('NSAB/NSCP')).toEqual(['NSAB', 'NSCP']);
    expect(acronymsInToken('ICT/Digital')).toEqual(['ICT']);
    expect(acronymsInToken('T/Chief')).toEqual([]);
  });

  it('removes URLs, e-mail addresses and markup before looking', () => {
    const cleaned = cleanLine('See http://www.norfolk-pcc.gov.uk/COMMS-AND-X.pdf or telllorne@norfolk.pnn.police.uk <p>**CCR**</p> &amp;');
    expect(cleaned.replace(/\s+/g, ' ').trim()).toBe('See or CCR &');
  });
});

describe('the initials check', () => {
  it('finds "Full Words (ACR)" expansions, shortest first and never starting with a joining word', () => {
    expect(expansionBefore('the Office of the Police and Crime Commissioner ', 'OPCC')).toBe('Office of the Police and Crime Commissioner');
    expect(expansionBefore('victims of Rape and Serious Sexual Offences ', 'RaSSO')).toBe('Rape and Serious Sexual Offences');
    expect(expansionBefore('the Gateway to Employment ', 'GtoE')).toBe('Gateway to Employment');
    expect(expansionBefore('national Safer Business Action ', 'SaBA')).toBe('Safer Business Action');
    expect(expansionBefore('152 Challenge 4 Change ', 'C4C')).toBe('Challenge 4 Change');
    expect(expansionBefore('Temporary Assistant Chief Constable ', 'T/ACC')).toBe('Temporary Assistant Chief Constable');
    expect(expansionBefore("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services ", 'HMICFRS')).toBe(
      "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
    );
    expect(expansionBefore("Rapid Video Response' ", 'RVR')).toBe('Rapid Video Response');
    expect(expansionBefore('the Young Driver Education Co-ordinator ', 'YDEC')).toBe('Young Driver Education Co-ordinator');
  });

  it('allows one extra word (two for longer acronyms) only when the strict rule fails', () => {
    expect(expansionBefore('the Women Offenders of Norfolk Diversion, Engagement and Rehabilitation Project ', 'WONDER')).toBe(
      'Women Offenders of Norfolk Diversion, Engagement and Rehabilitation Project',
    );
    expect(expansionBefore('through the National Economic Crime Victim Contact Unit ', 'NEVCU')).toBe(
      'National Economic Crime Victim Contact Unit',
    );
    expect(expansionBefore('Suspicious Activity Reports ', 'SARS')).toBe('Suspicious Activity Reports');
  });

  it('refuses words whose initials do not spell the acronym', () => {
    expect(expansionBefore('the multi-agency Exploitation Operational Oversight Forum ', 'EEOF')).toBeUndefined();
    expect(expansionBefore('the Norfolk Safeguarding Children Board ', 'NSBC')).toBeUndefined();
    expect(expansionBefore('across the county ', 'NC')).toBeUndefined();
  });

  it('finds "ACR (Full Words)" expansions, up to a dash', () => {
    expect(expansionInside('Addiction, Diversion, Disruption, Enforcement and Recovery', 'ADDER')).toBe(
      'Addiction, Diversion, Disruption, Enforcement and Recovery',
    );
    expect(expansionInside('the National Vehicle Crime Intelligence Service – they coordinate a response', 'NAVCIS')).toBe(
      'National Vehicle Crime Intelligence Service',
    );
    expect(expansionInside('A Specialist Police Unit to target Construction Plant', 'ACE')).toBeUndefined();
  });

  it('treats wordings differing only in case, punctuation, "&" or a plural ending as one', () => {
    expect(wordingKey("National Police Chiefs' Council")).toBe(wordingKey('National Police Chief’s Council'));
    expect(wordingKey('Police & Crime Commissioner')).toBe(wordingKey('Police and Crime Commissioners'));
    expect(wordingKey('Multi Agency Safeguarding Hub')).toBe(wordingKey('Multi-Agency Safeguarding Hub'));
    expect(wordingKey('Killed and Serious Injury')).not.toBe(wordingKey('Killed or Seriously Injured'));
  });
});

describe('buildGlossary on small inputs', () => {
  it('keeps differing expansions, a case variant, and says when a term is never expanded', () => {
    const entries = buildGlossary([
      doc('a.txt', ['The Domestic Abuse and Sexual Violence Delivery Group (DASVG) met.', 'Victims of RASSO and the CC.']),
      doc('b.txt', ['The Domestic Abuse and Serious Violence Group (DASVG) and RaSSO, RaSSO.', 'Rape and Serious Sexual Offences (RaSSO).']),
    ]);
    const byId = new Map(entries.map((e) => [e.id, glossarySchema.parse(e.data)]));
    expect(byId.get('dasvg')?.expansions).toEqual([
      { text: 'Domestic Abuse and Sexual Violence Delivery Group', source: { doc: 'a', line: 1 } },
      { text: 'Domestic Abuse and Serious Violence Group', source: { doc: 'b', line: 1 } },
    ]);
    expect(byId.get('rasso')?.term).toBe('RaSSO');
    expect(byId.get('rasso')?.variants).toEqual(['RASSO']);
    expect(byId.get('cc')).toEqual({
      term: 'CC',
      expansions: [],
      notExpanded: 'The papers use "CC" but never give its full form.',
      usedAt: [{ doc: 'a', line: 2 }],
    });
  });

  it('does not read an owner code closing a table cell as an expansion', () => {
    const entries = buildGlossary([doc('g.txt', ['\tIdentify the needs of the community (NC)\t\tText', 'Norfolk Constabulary (NC) text.'])]);
    const nc = glossarySchema.parse(entries.find((e) => e.id === 'nc')?.data);
    expect(nc.expansions).toEqual([{ text: 'Norfolk Constabulary', source: { doc: 'g', line: 2 } }]);
  });

  it('reads an expansion split from its acronym by a page break', () => {
    const entries = buildGlossary([doc('p.txt', ['called the Norfolk Drug and Alcohol Partnership', '', '(NDAP). Sharing works.'])]);
    expect(glossarySchema.parse(entries[0]?.data).expansions).toEqual([
      { text: 'Norfolk Drug and Alcohol Partnership', source: { doc: 'p', line: 1, endLine: 3 } },
    ]);
  });

  it('leaves out capitals-only lines, URLs and the stop-list', () => {
    const entries = buildGlossary([
      doc('c.txt', ['PILLAR 2: VISIBLE AND TRUSTED POLICING', 'SUMMARY:', 'DRUGS\t12\t8', 'Operation IMPACT and a BOTNET, see http://x.example/ABC-DEF', 'END.']),
    ]);
    expect(entries).toEqual([]);
  });
});

describe('buildGlossary on the seeds', () => {
  const entries = buildGlossary(docs);
  const data = new Map(entries.map((e) => [e.id, glossarySchema.parse(e.data) as GlossaryEntry & { variants?: string[] }]));
  const get = (id: string) => {
    const g = data.get(id);
    if (!g) throw new Error(`no glossary entry ${id}`);
    return g;
  };

  it('lists every acronym the brief names that the papers print', () => {
    const ids = [
      'pcc', 'cc', 'dcc', 'acc', 't-acc', 'aco', 'opccn', 'opcc', 'asb', 'rasso', 'snap', 'cad', 'hmicfrs', 'hmic', 'peel',
      'mash', 'dappa', 'ksi', 'tor', 'csew', 'vawg', 'iom', 'soc', 'ocg', 'cvu', 'rcrt', 'psv', 'mha', 'ccr', 'icv', 'jtai',
      'npcc', 'dfr', 'rvr', 'rcrp', 'bvlos', 'ndta', 'sgb', 'paf', 'nc', 'afi', 'iag', 'anpr', 'bwv', 'cse', 'csw', 'nscb',
      'nsbc', 'ccsp', 'nscp', 'nsab', 'ppu', 'o-ocd', 'cpn', 'vaws', 'dasvg', 'nrsp', 'nsrp', 'erp',
    ];
    expect(ids.filter((id) => !data.has(id))).toEqual([]);
    expect(get('rasso').variants).toEqual(['RASSO']);
  });

  it('does not list acronyms that the papers never print (LPDU, APCC, TV/PI, OOCD)', () => {
    const text = docs.map((d) => d.lines.join('\n')).join('\n');
    for (const t of ['LPDU', 'APCC', 'TV/PI', 'OOCD']) {
      expect(text.includes(t), t).toBe(false);
      expect(data.has(glossaryId(t))).toBe(false);
    }
  });

  it('gives the expansions the papers print, with their lines', () => {
    expect(get('dasvg').expansions).toEqual([
      { text: 'Domestic Abuse and Sexual Violence Delivery Group', source: { doc: '001_1defd7e170de073f', line: 1175 } },
      { text: 'Domestic Abuse and Serious Violence Group', source: { doc: '004_d32a210fd6fbcf1e', line: 306 } },
    ]);
    expect(get('cad').expansions[0]?.text).toBe('Computer Aided Dispatch');
    expect(get('t-acc').expansions[0]).toEqual({ text: 'Temporary Assistant Chief Constable', source: { doc: '004_d32a210fd6fbcf1e', line: 124 } });
    expect(get('opccn').expansions[0]?.text).toBe('Office of the Police and Crime Commissioner for Norfolk');
    expect(get('o-ocd').expansions).toEqual([{ text: 'Out of Court Disposal', source: { doc: '001_1defd7e170de073f', line: 1260 } }]);
    expect(get('ndap').expansions[0]?.source).toEqual({ doc: '001_1defd7e170de073f', line: 996, endLine: 998 });
    expect(get('ksi').expansions.map((e) => e.text)).toEqual(['Killed and Serious Injury', 'Killed or Seriously Injured']);
  });

  it('never writes an expansion the cited lines do not print', () => {
    for (const [id, g] of data) {
      for (const e of g.expansions) {
        const d = docById.get(e.source.doc) as SourceDoc;
        const lines = d.lines.slice(e.source.line - 1, e.source.endLine ?? e.source.line).map(cleanLine).join(' ');
        expect(lines.includes(e.text), `${id}: "${e.text}"`).toBe(true);
      }
    }
  });

  it('says so, in a sentence, where the papers use an acronym without expanding it', () => {
    expect(get('nc').expansions).toEqual([]);
    expect(get('nc').notExpanded).toBe('The papers use "NC" but never give its full form.');
    expect(get('hmic').notExpanded).toBe('The papers use "HMIC" but never give its full form.');
    expect(get('nsbc').notExpanded).toBe(
      'The papers use "NSBC" but never give its full form. It is printed on the same line as "Norfolk Safeguarding Children Board (NSCB)" ' +
        '(002_d59e3f7d13789de4 line 109), which has the same letters in another order.',
    );
    expect(get('eeof').notExpanded).toMatch(/after "the multi-agency Exploitation Operational Oversight Forum" .*do not match/);
    for (const g of data.values()) expect(g.expansions.length > 0 || (g.notExpanded ?? '').startsWith('The papers use')).toBe(true);
  });

  it('leaves out words in capitals and the stop-list', () => {
    for (const id of ['pillar', 'summary', 'end', 'drugs', 'originator', 'botnet', 'impact', 'hh', 'gov', 'so15', 'nr18', 'aa3', 'speedwatch']) {
      expect(data.has(id), id).toBe(false);
    }
    expect(data.has('adder')).toBe(true); // also in running text, and expanded
  });

  it('lists up to five places of use, first each document once', () => {
    expect(get('pcc').usedAt).toEqual([
      { doc: '000_5a15d9d80c2edaab', line: 3 },
      { doc: '001_1defd7e170de073f', line: 3 },
      { doc: '002_d59e3f7d13789de4', line: 40 },
      { doc: '003_b68bda4d25e51753', line: 3 },
      { doc: '004_d32a210fd6fbcf1e', line: 3 },
    ]);
    expect([...data.values()].every((g) => g.usedAt.length >= 1 && g.usedAt.length <= 5)).toBe(true);
  });

  it('has unique ids, sorted, and counts that are stable', () => {
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    const expanded = [...data.values()].filter((g) => g.expansions.length > 0).length;
    expect({ terms: entries.length, expanded, notExpanded: entries.length - expanded }).toEqual({ terms: 234, expanded: 169, notExpanded: 65 });
  });
});
