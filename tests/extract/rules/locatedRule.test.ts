import { describe, expect, it } from 'vitest';
import { locatedRule } from '../../../src/extract/rules/locatedRule.js';
import { readWith, type RuleReading } from './readWith.js';

/** The LOCATED_IN facts the rule read (not the curated geography of the places named). */
function read(r: RuleReading): string[] {
  const methods = r.props('LOCATED_IN', 'method');
  return r.facts('LOCATED_IN').filter((_, i) => methods[i] !== 'curated');
}

describe('located: a country before a name, X位于Y', () => {
  it('keeps a country from the countries table written in front of a body as its country, not a location (own sentence)', async () => {
    const r = await readWith([locatedRule], '企业获证', '德国博世公司的洗衣机获得了蓝天使认证。');
    expect(r.facts('LOCATED_IN')).not.toContain('德国博世公司 -> 德国');
    expect(r.graph.entities.find((e) => e.properties.name === '德国博世公司')?.properties.country).toBe('Germany');
  });

  it('reads a place in a place (X位于Y), the most specific of places written together, and each city of a region list (own sentences)', async () => {
    const place = await readWith([locatedRule], '国情', '卢旺达位于非洲东部，是内陆国。');
    expect(read(place)).toEqual(['卢旺达 -> 非洲东部']);
    const seat = await readWith([locatedRule], '机构', '亚洲开发银行总部位于菲律宾马尼拉。');
    expect(read(seat)).toEqual(['亚洲开发银行 -> 马尼拉']);
    const list = await readWith([locatedRule], '联合声明', '斯德哥尔摩、奥斯陆和赫尔辛基等北欧城市联合发布《公共采购电动车联合声明》。');
    expect(read(list).sort()).toEqual(['奥斯陆 -> 北欧', '斯德哥尔摩 -> 北欧', '赫尔辛基 -> 北欧']);
    // One place before 等 is no list.
    const one = await readWith([locatedRule], '联合声明', '赫尔辛基等北欧城市发布《公共采购电动车联合声明》。');
    expect(read(one)).toEqual([]);
  });

  it('records a skip when 位于 has no body before it (seed sentence)', async () => {
    const r = await readWith([locatedRule], '调查', '这个标志还获得了高可信度（32%），位于能源之星和公平贸易之后。');
    expect(r.facts('LOCATED_IN')).toEqual([]);
    expect(r.skips).toEqual(['located: no body named before 位于']);
  });
});

describe('located: A、B和C等城市 under a heading naming the region', () => {
  it('puts each listed city in the region the heading names before 城市 (own text)', async () => {
    const r = await readWith([locatedRule], '北欧城市签署“绿色建筑采购宣言”', '作为公共建筑的主要业主，斯德哥尔摩、卑尔根和图尔库等城市联合签署宣言，承诺在2030年前实现零排放施工。');
    expect(read(r).sort()).toEqual(['卑尔根 -> 北欧', '图尔库 -> 北欧', '斯德哥尔摩 -> 北欧']);
  });

  it('leaves out a city known to lie elsewhere, and reads nothing with no region named or a list of one', async () => {
    const r = await readWith([locatedRule], '东亚城市启动低碳采购合作', '东京、首尔和奥斯陆等城市宣布加强合作。');
    expect(read(r).sort()).toEqual(['东京 -> 东亚', '首尔 -> 东亚']);
    const none = await readWith([locatedRule], '城市启动低碳采购合作', '东京、首尔和奥斯陆等城市宣布加强合作。');
    expect(read(none)).toEqual([]);
    const one = await readWith([locatedRule], '北欧城市签署宣言', '卑尔根等城市联合签署宣言。');
    expect(read(one)).toEqual([]);
  });
});

describe('located: secretariats and offices stationed abroad', () => {
  it('reads Y秘书处设于Z as Y in the most specific place, not 设在 an office of something else (own sentences)', async () => {
    const r = await readWith([locatedRule], '网络', '全球环境标志网络秘书处设于加拿大渥太华。冰岛环境署设在雷克雅未克的办公室已经关闭。');
    // Curated geography (雷克雅未克 -> 冰岛) comes with the seed; only what the rule read is checked.
    expect(r.facts('LOCATED_IN').filter((f) => /^(?:全球环境标志网络|冰岛环境署)/u.test(f))).toEqual(['全球环境标志网络 -> 渥太华']);
  });

  it('places 日本驻柬埔寨大使馆 in Cambodia, the place after 驻, not in Japan (own sentence)', async () => {
    const r = await readWith([], '启动仪式', '老挝自然资源与环境部国务秘书宋·本玛出席启动仪式，韩国驻老挝大使馆一等秘书金哲洙出席。');
    expect(r.facts('LOCATED_IN').filter((f) => f.startsWith('韩国驻老挝大使馆'))).toEqual(['韩国驻老挝大使馆 -> 老挝']);
  });
});
