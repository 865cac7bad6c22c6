import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildSummary } from '../../src/cli/buildSnapshot.js';
import { foldName, serializeGraph, type EntityNode, type Graph, type Relationship } from '../../src/graph/index.js';
import { ingestBriefing } from '../../src/ingest/index.js';
import { briefingsDir, seedGraph } from '../support/seedGraph.js';

// The seed graph, built from the seed briefings (four, and since issue 12 a fifth in narrow-column
// layout), read as a researcher would: by names.

let summary: BuildSummary;
let graph: Graph;

beforeAll(async () => {
  summary = await seedGraph();
  graph = summary.graph;
});

function entity(name: string, label?: string): EntityNode {
  const key = foldName(name);
  const found = graph.entities.filter(
    (e) => (!label || e.label === label) && [e.properties.name, e.properties.nameEn, e.properties.nameZh, ...e.properties.aliases].some((n) => n && foldName(String(n)) === key),
  );
  if (found.length !== 1) throw new Error(`expected one entity named ${name}, found ${found.map((e) => e.id).join(', ') || 'none'}`);
  return found[0]!;
}

function facts(type: string, from?: EntityNode, to?: EntityNode): Relationship[] {
  return graph.relationships.filter((r) => r.type === type && (!from || r.start === from.id) && (!to || r.end === to.id));
}

const nameOf = (id: string) => graph.entities.find((e) => e.id === id)?.properties.name;

describe('the seed graph answers the worked questions', () => {
  it('Q1: CEC signed joint standards with JEA (scanners, Stockholm, October 2017) and with UBA and RAL (air conditioners, November 2017)', () => {
    const cec = entity('中环联合');
    const signedByCec = facts('SIGNED', cec).map((r) => r.end);
    const scanners = entity('中日环境标志扫描仪共同标准', 'Standard');
    const aircon = entity('中德环境标志空调共同标准', 'Standard');
    expect(signedByCec).toEqual(expect.arrayContaining([scanners.id, aircon.id]));
    expect(facts('SIGNED', entity('日本环境协会'), scanners)).toHaveLength(1);
    expect(facts('SIGNED', entity('UBA'), aircon)).toHaveLength(1);
    expect(facts('SIGNED', entity('RAL'), aircon)).toHaveLength(1);
    expect(facts('SIGNED', entity('张小丹', 'Person'), scanners)).toHaveLength(1);
    expect(facts('SIGNED', entity('宇野治', 'Person'), scanners)).toHaveLength(1);
    expect(String(facts('SIGNED', cec, scanners)[0]!.properties.date)).toMatch(/^2017-10/);
    expect(String(facts('SIGNED', cec, aircon)[0]!.properties.date)).toMatch(/^2017-11/);
    // The signing happened at the GEN annual meeting in Stockholm.
    const produced = facts('PRODUCED', undefined, scanners).map((r) => graph.entities.find((e) => e.id === r.start)!);
    expect(produced.some((e) => e.properties.startDate === '2017-10-08' && facts('HELD_IN', e, entity('斯德哥尔摩')).length === 1)).toBe(true);
  });

  it('Q1: GEN membership of JEA and UBA comes from reference data with a citation', () => {
    const gen = entity('GEN', 'Organization');
    for (const member of ['日本环境协会', 'UBA']) {
      const [fact] = facts('MEMBER_OF', entity(member), gen);
      expect(fact?.properties.method).toBe('reference');
      expect(String(fact?.properties.citation)).not.toBe('');
    }
  });

  it('Q2: 任勇 directs EDC (under its other name too), chaired the CCICED plenary and met amfori', () => {
    const renyong = entity('任勇', 'Person');
    const edc = entity('中日友好环境保护中心');
    expect(entity('生态环境部环境发展中心').id).toBe(edc.id);
    expect(facts('HOLDS_POSITION', renyong, edc).map((r) => r.properties.titleZh)).toContain('主任');
    const attended = facts('ATTENDED', renyong).map((r) => ({ event: graph.entities.find((e) => e.id === r.end)!, role: r.properties.role }));
    expect(attended).toContainEqual(expect.objectContaining({ role: 'chair', event: expect.objectContaining({ properties: expect.objectContaining({ startDate: '2020-01-17', endDate: '2020-01-18' }) }) }));
    const meeting = attended.find((a) => a.event.properties.startDate === '2018-03-06');
    expect(meeting).toBeDefined();
    expect(facts('ATTENDED', entity('艾伟德'), meeting!.event)).toHaveLength(1);
  });

  it('Q3: the last quarter of 2017 holds the dated events CEC took part in', () => {
    const q4 = graph.entities.filter((e) => e.label === 'Event' && String(e.properties.startDate ?? '') >= '2017-10' && String(e.properties.startDate ?? '') <= '2017-12-31');
    const starts = q4.map((e) => e.properties.startDate);
    for (const day of ['2017-10-08', '2017-11-21', '2017-11-29', '2017-12-13', '2017-12-21', '2017-12-27', '2017-12-29']) expect(starts).toContain(day);
    const visit = q4.find((e) => e.properties.startDate === '2017-11-21')!;
    expect(visit.properties.endDate).toBe('2017-11-28');
    expect(visit.properties.datePrecision).toBe('day');
  });

  it('Q4: UL runs GREENGUARD and ECOLOGO', () => {
    const run = facts('OPERATES', entity('UL', 'Organization')).map((r) => r.end);
    expect(run).toEqual(expect.arrayContaining([entity('GREENGUARD', 'EcoLabel').id, entity('ECOLOGO', 'EcoLabel').id]));
  });

  it('Q5: Green Seal and CEC are both GEN members, Green Seal read from the 2020 section heading', () => {
    const gen = entity('GEN', 'Organization');
    const [greenSeal] = facts('MEMBER_OF', entity('Green Seal', 'Organization'), gen);
    // Read from the contents (its story listed under the section), not from a sentence: the method says so.
    expect(greenSeal?.properties.method).toBe('structure:section');
    expect(greenSeal?.properties.evidence).toEqual(expect.arrayContaining(['全球环境标志网络成员', '美国绿色印章 30 周年感想']));
    expect(greenSeal?.properties.citation).toBeTruthy();
    const cec = facts('MEMBER_OF', entity('中环联合'), gen);
    expect(cec.map((r) => r.properties.since)).toContain('2008');
    expect(cec).toContainEqual(expect.objectContaining({ properties: expect.objectContaining({ role: 'board member', since: '2012' }) }));
  });

  it('Q6: UNEP and KEITI launched the Asia Pacific GPP Network; EDC is in its core group and CEC implements', () => {
    const network = entity('亚太绿色公共采购网');
    const launchers = facts('ORGANIZED', undefined, network).map((r) => nameOf(r.start));
    expect(launchers).toEqual(expect.arrayContaining([entity('UNEP').properties.name, entity('KEITI').properties.name]));
    expect(facts('MEMBER_OF', entity('环境发展中心'), network)[0]?.properties.role).toBe('核心群');
    expect(facts('INVOLVED_IN', entity('中环联合'), network)[0]?.properties.role).toBe('implementing agency');
  });
});

describe('identity and provenance', () => {
  it('gives each real-world thing one node: UBA, EDC and CEC under all their names', () => {
    expect(entity('德国联邦环境署').id).toBe(entity('德国环保署').id);
    expect(entity('德国环境署').id).toBe('organization:uba');
    expect(entity('环境保护部环境发展中心').id).toBe('organization:edc');
    expect(entity('CEC', 'Organization').id).toBe(entity('中环联合认证中心').id);
  });

  it('has no two entities of one type with the same folded name', () => {
    const seen = new Map<string, string>();
    for (const e of graph.entities) {
      const key = `${e.label}|${foldName(String(e.properties.name))}`;
      expect(seen.get(key), `${e.id} duplicates ${seen.get(key)}`).toBeUndefined();
      seen.set(key, e.id);
    }
  });

  it('quotes every piece of evidence verbatim from the normalised briefing text, with parallel sources', () => {
    const texts = new Map<string, string>();
    for (const file of summary.files) texts.set(path.basename(file, '.txt'), ingestBriefing(readFileSync(file), file).text);
    let checked = 0;
    for (const r of graph.relationships) {
      const evidence = (r.properties.evidence ?? []) as string[];
      const sources = (r.properties.sources ?? []) as string[];
      expect(sources.length).toBe(evidence.length);
      evidence.forEach((quote, i) => {
        const stem = sources[i]!.split(':')[1]!;
        const text = [...texts.entries()].find(([k]) => k === stem)?.[1];
        expect(text, `no briefing for ${sources[i]}`).toBeDefined();
        expect(text!.includes(quote), `not verbatim: ${quote}`).toBe(true);
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('marks every fact with how it was found and how sure it is', () => {
    for (const r of graph.relationships) {
      if (r.type === 'MENTIONS' || r.type === 'HAS_ARTICLE') continue;
      expect(String(r.properties.method)).toMatch(/^(?:gazetteer|curated|reference|pattern:.+|structure:(?:heading|contents|section))$/);
      expect(r.properties.confidence).toBeGreaterThan(0);
      expect(r.properties.confidence).toBeLessThanOrEqual(1);
      if (r.properties.method === 'reference') expect(r.properties.citation).toBeTruthy();
      else if (r.properties.method !== 'curated') expect((r.properties.evidence as string[]).length).toBeGreaterThan(0);
    }
  });

  it('links every briefing to its articles and every article to what it mentions', () => {
    expect(graph.briefings).toHaveLength(5);
    expect(facts('HAS_ARTICLE')).toHaveLength(graph.articles.length);
    const mentioned = new Set(facts('MENTIONS').map((r) => r.end));
    expect(mentioned.has(entity('中环联合').id)).toBe(true);
  });

  it('keeps dates at the precision the text gives', () => {
    for (const e of graph.entities.filter((x) => x.label === 'Event' && x.properties.startDate)) {
      const date = String(e.properties.startDate);
      const precision = e.properties.datePrecision;
      expect(date.length).toBe(precision === 'day' ? 10 : precision === 'month' ? 7 : 4);
    }
  });
});

describe('determinism', () => {
  it('builds byte-identical snapshots from the same inputs', async () => {
    const { buildSnapshot } = await import('../../src/cli/buildSnapshot.js');
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(path.join(tmpdir(), 'kg-det-'));
    const again = await buildSnapshot({ inputs: [briefingsDir], seedDir: path.join(briefingsDir, '..'), out: path.join(dir, 'graph.jsonl') });
    expect(readFileSync(again.out, 'utf8')).toBe(readFileSync(summary.out, 'utf8'));
    expect(serializeGraph(again.graph)).toBe(serializeGraph(graph));
  });

  it('gives the same graph whatever order discovery results come in (worker threads finish in any order)', async () => {
    const { DiscoveryRegistrar, discoverBriefing, articlesOf, briefingIdOf, loadGazetteer, loadReferenceFacts, readBriefing, ReadingMerger } = await import('../../src/extract/index.js');
    const seed = path.join(briefingsDir, '..');
    const gazetteer = await loadGazetteer(seed);
    const options = { gazetteer, reference: await loadReferenceFacts(seed, gazetteer) };
    const briefings = summary.files.map((file) => ingestBriefing(readFileSync(file), file));
    // Last file first, each with the finds a worker would send.
    const registrar = new DiscoveryRegistrar(summary.files, options);
    for (const b of [...briefings].reverse()) registrar.add(b, discoverBriefing(articlesOf(b, briefingIdOf(b.file)), gazetteer));
    const discovery = registrar.finish();
    const base = { gazetteer, registry: discovery.registry, matcher: discovery.registry.buildMatcher(), placeHeads: discovery.placeHeads };
    const merger = new ReadingMerger(discovery, options);
    for (const unit of discovery.units) merger.add(readBriefing(unit, base));
    expect(serializeGraph(merger.finish().graph)).toBe(serializeGraph(graph));
  });

  it('says which briefings are missing when discovery finishes early', async () => {
    const { DiscoveryRegistrar, loadGazetteer } = await import('../../src/extract/index.js');
    const gazetteer = await loadGazetteer(path.join(briefingsDir, '..'));
    const registrar = new DiscoveryRegistrar(summary.files, { gazetteer, reference: [] });
    registrar.add(ingestBriefing(readFileSync(summary.files[0]!), summary.files[0]!));
    expect(() => registrar.finish()).toThrow(`discovery finished with ${summary.files.length - 1} of ${summary.files.length} briefings missing`);
  });
});
