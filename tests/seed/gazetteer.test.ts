import { describe, expect, it } from 'vitest';
import { foldCompact, foldName } from '../../src/graph/fold.js';
import type { EntityLabel } from '../../src/graph/ontology.js';
import {
  GAZETTEER_FILES,
  gazetteerFiles,
  ORGANIZATION_KINDS,
  PLACE_KINDS,
  containmentProblems,
  entryProblems,
  factProblems,
  loadGazetteer,
  matchableFolds,
  nameCollisions,
  namesOf,
  readJson,
  type GazetteerEntry,
  type ReferenceFact,
} from './seedData.js';

const gazetteer = loadGazetteer();
const all: GazetteerEntry[] = [...gazetteer.values()].flat();
const byId = new Map(all.map((e) => [e.id, e]));
const facts = readJson('reference/facts.json') as ReferenceFact[];

function entries(label: EntityLabel): GazetteerEntry[] {
  return gazetteer.get(label) ?? [];
}

/** The one entity a name form may be matched to alone, or undefined. */
function matchedBy(form: string): string[] {
  const fold = foldName(form);
  return all.filter((e) => matchableFolds(e).has(fold)).map((e) => e.id);
}

function entity(id: string): GazetteerEntry {
  const found = byId.get(id);
  if (!found) throw new Error(`no gazetteer entry ${id}`);
  return found;
}

function hasFact(type: string, start: string, end: string): boolean {
  return facts.some((f) => f.type === type && f.start === start && f.end === end);
}

describe('the seed gazetteer', () => {
  it('has one parseable file per label, each a non-empty array of well-formed entries', () => {
    for (const [file, label] of gazetteerFiles()) {
      expect(entryProblems(file, label, readJson(`gazetteer/${file}`))).toEqual([]);
    }
    expect(new Set(gazetteerFiles().map(([f]) => `${f.split('.')[0]}.json`))).toEqual(new Set(Object.keys(GAZETTEER_FILES)));
    for (const label of ['Organization', 'Person', 'EcoLabel', 'Standard', 'Project', 'Place'] as const) {
      expect(entries(label).length, label).toBeGreaterThan(0);
    }
  });

  it('gives every entity an id no other entity has', () => {
    const ids = all.map((e) => e.id);
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(repeated).toEqual([]);
  });

  it('lets no name or alias match two entities unless one of them lists it in noMatch', () => {
    expect(nameCollisions(all)).toEqual([]);
  });

  it('stays unambiguous when spaces inside names are ignored, as PDF line wrapping demands', () => {
    expect(nameCollisions(all, foldCompact)).toEqual([]);
  });

  it('points every "in" at a known place, without loops', () => {
    expect(containmentProblems(all)).toEqual([]);
  });

  it('uses only the documented kinds for organizations and places', () => {
    const badOrgs = entries('Organization').filter((e) => !ORGANIZATION_KINDS.includes(e.kind ?? ''));
    const badPlaces = entries('Place').filter((e) => !PLACE_KINDS.includes(e.kind ?? ''));
    expect(badOrgs.map((e) => `${e.id}: ${e.kind}`)).toEqual([]);
    expect(badPlaces.map((e) => `${e.id}: ${e.kind}`)).toEqual([]);
  });

  it('names organisations from all four briefings (120 or more)', () => {
    expect(entries('Organization').length).toBeGreaterThanOrEqual(120);
  });

  it('lists every country in a continent and every city in a containing place', () => {
    const loose = entries('Place').filter((p) => (p.kind === 'country' || p.kind === 'city') && p.in === undefined);
    expect(loose.map((p) => p.id)).toEqual([]);
    expect(entries('Place').filter((p) => p.kind === 'country').length).toBeGreaterThanOrEqual(190);
  });

  it('keeps single Chinese characters out of matching', () => {
    const single = all.flatMap((e) => [...matchableFolds(e)].filter((f) => /^\p{Script=Han}$/u.test(f)).map((f) => `${e.id}: ${f}`));
    expect(single).toEqual([]);
  });
});

describe('identity decisions in the gazetteer', () => {
  const cases: Record<string, string[]> = {
    'organization:edc': [
      '中日友好环境保护中心', '环境保护部环境发展中心', '生态环境部环境发展中心', '环境发展中心', '环发中心', 'EDC',
      'Environmental Development Centre of the Ministry of Ecology and Environment',
    ],
    'organization:uba': ['德国环境署', '德国联邦环境署', '德国环保署', 'UBA', 'Umweltbundesamt', 'German Environment Agency'],
    'organization:cec': ['中环联合认证中心', '中环联合', 'CEC', 'China Environmental United Certification Center'],
    'organization:gen': ['全球环境标志网络', '全球环境标志网络组织', 'GEN', 'Global Ecolabelling Network'],
    'organization:unep': ['联合国环境署', '联合国环境规划署', 'UNEP', 'UN Environment', '环境署'],
    'organization:keiti': ['韩国环境工业与技术研究所', '韩国环境产业技术研究院', 'KEITI'],
    'organization:iclei': ['倡导地区可持续发展国际理事会', '倡导地区可持续发展理事会', '宜可城-地方可持续发展协会', 'ICLEI'],
    'organization:ral': ['德国质量保证与认证协会', '德国质量保证和质量标志协会', 'RAL'],
    'organization:ndrc': ['国家发改委', '国家发展改革委', '发展改革委', 'NDRC'],
    'organization:ndrc-department-of-climate-change': ['国家发改委气候司'],
    'organization:mee': ['生态环境部', '环境保护部', '环保部', 'MEE'],
    'organization:netherlands-ministry-of-infrastructure-and-water-management': ['荷兰基础设施与环境部', '荷兰基础设施和水资源管理部'],
    'organization:one-planet-network': ['同一个地球网络', '一个地球网络', 'One Planet network'],
    'organization:gcsg': ['双绿联盟', '绿色消费与绿色供应链联盟', 'GCSG'],
    'organization:cciced': ['国合会', '中国环境与发展国际合作委员会', 'CCICED'],
    'organization:amfori': ['全球贸易协会', 'amfori'],
    'organization:gef': ['全球环境基金', 'GEF'],
    'project:apgppn': ['亚太绿色公共采购网', '亚太区域绿色公共采购网', 'Asia Pacific Green Public Procurement Network'],
    'ecolabel:blue-angel': ['蓝天使', '蓝色天使', '德国蓝天使', 'Blue Angel', 'Blauer Engel'],
    'ecolabel:ecologo': ['Ecologo', 'ECOLOGO', '生态标签环保认证'],
    'ecolabel:greenguard': ['GREENGUARD', 'Green Guard', '绿色卫士室内空气质量认证'],
    'ecolabel:environmental-choice-new-zealand': ['新西兰环境选择', 'Environmental Choice New Zealand'],
    'ecolabel:sgls-plus': ['SGLS+', '新加坡纸浆和纸产品强化环境标志计划'],
    'project:spp10yfp': ['SPP10YFP', '可持续公共采购10年框架项目', '可持续公共采购计划'],
    'project:10yfp': ['SCP 10YFP', '可持续生产与消费十年框架', '十年方案框架', '可持续消费和生产模式十年方案框架'],
    'agreement:paris-agreement': ['巴黎协议', '巴黎协定', 'Paris Agreement'],
    'person:kate-harris': ['凯特·哈里斯', 'Kate Harris', '凯特•哈里斯'],
    'person:erik-solheim': ['埃里克·索尔海姆', 'Erik Solheim'],
    'place:united-states': ['美国', 'USA', 'United States'],
    'place:stockholm': ['斯德哥尔摩', 'Stockholm'],
  };
  for (const [id, forms] of Object.entries(cases)) {
    it(`matches ${id} by ${forms.join(', ')}`, () => {
      for (const form of forms) expect(matchedBy(form), form).toEqual([id]);
    });
  }

  it('keeps ambiguous forms as aliases that are never matched alone', () => {
    expect(namesOf(entity('organization:cec'))).toContain('中环');
    expect(matchedBy('中环')).toEqual([]);
    expect(matchedBy('美的')).toEqual([]);
    expect(matchedBy('美')).toEqual([]);
    expect(matchedBy('中欧')).toEqual([]);
  });

  it('keeps an organisation and the eco-label it names apart', () => {
    expect(matchedBy('Green Seal')).toEqual(['organization:green-seal']);
    expect(matchedBy('绿色印章认证')).toEqual(['ecolabel:green-seal']);
    expect(matchedBy('GECA')).toEqual(['organization:geca']);
    expect(entity('ecolabel:geca').aliases).toContain('GECA');
  });

  it('places cities inside their countries', () => {
    expect(entity('place:stockholm').in).toBe('place:sweden');
    expect(entity('place:bogota').in).toBe('place:colombia');
    expect(entity('place:iloilo').in).toBeDefined();
  });
});

describe('the reference facts', () => {
  const ids = new Set(all.map((e) => e.id));

  it('obey the ontology endpoints, name gazetteer ids and carry a citation', () => {
    expect(factProblems(facts, ids)).toEqual([]);
  });

  it('hold the GEN memberships the briefings take for granted', () => {
    for (const member of ['organization:jea', 'organization:uba', 'organization:green-seal', 'organization:cec', 'organization:keiti']) {
      expect(hasFact('MEMBER_OF', member, 'organization:gen'), member).toBe(true);
    }
    const colombia = facts.find((f) => f.start === 'organization:colombia-ministry-of-environment' && f.type === 'MEMBER_OF');
    expect(colombia?.properties['role']).toBe('associate member');
  });

  it('mark the weakly sourced memberships as less certain', () => {
    const cqc = facts.find((f) => f.start === 'organization:cqc' && f.type === 'MEMBER_OF');
    const jea = facts.find((f) => f.start === 'organization:jea' && f.type === 'MEMBER_OF');
    expect(cqc?.confidence).toBeLessThan(jea?.confidence ?? 0);
  });

  it('link each member body to the eco-label it operates', () => {
    expect(hasFact('OPERATES', 'organization:jea', 'ecolabel:eco-mark')).toBe(true);
    expect(hasFact('OPERATES', 'organization:uba', 'ecolabel:blue-angel')).toBe(true);
    expect(hasFact('OPERATES', 'organization:cec', 'ecolabel:china-environmental-labelling')).toBe(true);
  });

  it('date the mutual recognition agreements only as precisely as the sources do', () => {
    const tei = facts.find((f) => f.type === 'COOPERATES_WITH' && f.end === 'organization:tei');
    expect(tei?.properties).toEqual({ kind: 'mutual recognition', since: '2007' });
  });
});

describe('the seed checks themselves', () => {
  const org = (id: string, name: string, extra: Partial<GazetteerEntry> = {}): GazetteerEntry => ({ id, name, aliases: [], ...extra });

  it('report a name two entities share, folded across width and case', () => {
    expect(nameCollisions([org('organization:a', 'ＵＢＡ'), org('organization:b', 'x', { aliases: ['uba'] })])).toHaveLength(1);
    expect(nameCollisions([org('organization:a', 'UBA'), org('organization:b', 'x', { aliases: ['uba'], noMatch: ['uba'] })])).toEqual([]);
    expect(nameCollisions([org('organization:a', 'SCP 10YFP'), org('organization:b', 'SCP10YFP')])).toEqual([]);
    expect(nameCollisions([org('organization:a', 'SCP 10YFP'), org('organization:b', 'SCP10YFP')], foldCompact)).toHaveLength(1);
  });

  it('report an "in" that is unknown, not a place, or loops', () => {
    expect(containmentProblems([org('organization:a', 'A', { in: 'place:nowhere' })])).toHaveLength(1);
    expect(containmentProblems([org('organization:a', 'A'), org('organization:b', 'B', { in: 'organization:a' })])).toHaveLength(1);
    expect(containmentProblems([org('place:a', 'A', { in: 'place:b' }), org('place:b', 'B', { in: 'place:a' })]).length).toBeGreaterThan(0);
  });

  it('report malformed entries with the file and position', () => {
    const problems = entryProblems('places.json', 'Place', [{ id: 'organization:Bad Slug', name: '', aliases: 'x', colour: 1 }]);
    expect(problems.join('\n')).toMatch(/places\.json\[0\]: unknown key "colour"/);
    expect(problems.join('\n')).toMatch(/must start with "place:"/);
    expect(problems.join('\n')).toMatch(/not lower-case ASCII kebab/);
    expect(problems.join('\n')).toMatch(/aliases must be an array/);
    expect(entryProblems('x.json', 'Place', {})).toEqual(['x.json: expected a JSON array of entries']);
  });

  it('report facts whose endpoints break the ontology or lack a citation', () => {
    const known = new Set(['organization:a', 'place:b', 'ecolabel:c']);
    expect(factProblems([{ type: 'MEMBER_OF', start: 'organization:a', end: 'place:b', properties: {}, citation: 'x', confidence: 0.9 }], known)).toHaveLength(1);
    expect(factProblems([{ type: 'OPERATES', start: 'organization:a', end: 'ecolabel:c', properties: {}, citation: '', confidence: 0.9 }], known)).toHaveLength(1);
    expect(factProblems([{ type: 'OPERATES', start: 'organization:a', end: 'ecolabel:z', properties: {}, citation: 'x', confidence: 0.9 }], known)).toHaveLength(1);
    expect(factProblems([{ type: 'KNOWS', start: 'organization:a', end: 'ecolabel:c', properties: {}, citation: 'x', confidence: 0.9 }], known)).toHaveLength(1);
    expect(factProblems([{ type: 'OPERATES', start: 'organization:a', end: 'ecolabel:c', properties: { since: '5 May 2005' }, citation: 'x', confidence: 0.9 }], known)).toHaveLength(1);
  });
});
