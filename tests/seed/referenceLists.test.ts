import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/extract/gazetteer.js';
import { gazetteerFiles, readJson, SEED_DIR, type GazetteerEntry, type ReferenceFact } from './seedData.js';

// The topic files of seed/gazetteer (organizations.un-system.json, places.cldr.json...) are
// outside knowledge: lists of the field with their public source, not what the briefings say.

const gazetteer = await loadGazetteer(SEED_DIR);
const found = (sentence: string) => gazetteer.matcher.findAll(sentence).map((m) => m.value.id);

describe('reference lists in the gazetteer', () => {
  it('cite a source on every entry of a topic file', () => {
    const topicFiles = gazetteerFiles().filter(([f]) => f.split('.').length > 2);
    expect(topicFiles.map(([f]) => f)).toEqual(expect.arrayContaining(['organizations.un-system.json', 'projects.one-planet.json', 'places.cldr.json']));
    for (const [file] of topicFiles) {
      const unsourced = (readJson(`gazetteer/${file}`) as GazetteerEntry[]).filter((e) => !e.source?.trim()).map((e) => e.id);
      expect(unsourced, file).toEqual([]);
    }
  });

  it('cite the member list for every GEN member and the label it operates', () => {
    const facts = readJson('reference/facts.json') as ReferenceFact[];
    const members = facts.filter((f) => f.type === 'MEMBER_OF' && f.end === 'organization:gen' && f.start.startsWith('organization:'));
    const labels = facts.filter((f) => f.type === 'OPERATES' && members.some((m) => m.start === f.start)).map((f) => f.end);
    const unsourced = [...members.map((f) => f.start), ...labels].filter((id) => !gazetteer.byId.get(id)?.source);
    expect(members.length).toBeGreaterThan(15);
    expect(unsourced).toEqual([]);
  });

  it('find UN bodies and programmes by their official Chinese names and short forms', () => {
    expect(found('联合国开发计划署与工发组织、联合国经济和社会事务部共同支持该项目。')).toEqual(['organization:undp', 'organization:unido', 'organization:un-desa']);
    expect(found('国际资源小组的报告由可持续发展目标指标机构间专家组（IAEG-SDGs）采用。')).toEqual(['organization:irp', 'organization:iaeg-sdgs', 'organization:iaeg-sdgs']);
    expect(found('项目由联合国发展账户资助，生命周期倡议提供方法。')).toEqual(['project:un-development-account', 'project:life-cycle-initiative']);
    expect(found('可持续粮食系统计划和可持续旅游计划的伙伴')).toEqual(['project:one-planet-sustainable-food-systems-programme', 'project:one-planet-sustainable-tourism-programme']);
  });

  it('find standards bodies, intergovernmental bodies and networks', () => {
    expect(found('国际电工委员会、欧洲标准化委员会和国家标准委')).toEqual(['organization:iec', 'organization:cen', 'organization:sac']);
    expect(found('经合组织和世贸组织的政府采购规则')).toEqual(['organization:oecd', 'organization:wto']);
    expect(found('宜可城、C40和世界城市和地方政府联合组织')).toEqual(['organization:iclei', 'organization:c40', 'organization:uclg']);
  });

  it('leave short forms that are parts of ordinary phrases unmatched', () => {
    expect(found('加强环境保护国际合作')).not.toContain('organization:conservation-international');
    expect(found('中国国家原子能机构')).not.toContain('organization:iaea');
    expect(found('苏联大使馆')).not.toContain('organization:unga');
    expect(found('多个气候组织参加')).toEqual([]);
  });
});
