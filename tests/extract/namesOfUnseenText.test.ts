import { describe, expect, it } from 'vitest';
import { discoverCandidates } from '../../src/extract/discover.js';
import { notANameBecause } from '../../src/extract/discoverFilter.js';
import { Gazetteer, type GazetteerEntry } from '../../src/extract/gazetteer.js';
import { placePrefixedPairs } from '../../src/extract/placePrefixedNames.js';

// Names in text nobody curated: Hong Kong and Taiwan quote marks, labels named by their
// country, the bodies that run a known programme, missions abroad, a title's remit in brackets,
// and one body written with and without its place. The sentences are our own.

const entry = (id: string, label: GazetteerEntry['label'], name: string, aliases: string[] = [], kind?: string): GazetteerEntry => ({ id, label, name, aliases, noMatch: [], kind });
const gazetteer = new Gazetteer([
  entry('place:chile', 'Place', '智利', [], 'country'),
  entry('place:peru', 'Place', '秘鲁', [], 'country'),
  entry('place:brazil', 'Place', '巴西', [], 'country'),
  entry('place:hong-kong', 'Place', '中国香港', ['香港', '香港特别行政区'], 'territory'),
  entry('place:norway', 'Place', '挪威', [], 'country'),
  entry('place:vietnam', 'Place', '越南', [], 'country'),
  entry('organization:finance-ministry', 'Organization', '财政部', [], 'ministry'),
  entry('organization:environment-ministry', 'Organization', '环境保护部', [], 'ministry'),
  entry('organization:andes-network', 'Organization', '安第斯绿色采购网络'),
  entry('project:partner-programme', 'Project', '绿色采购伙伴计划'),
  { ...entry('place:athens', 'Place', '雅典', ['Athens'], 'city'), noMatch: ['雅典'] },
  entry('organization:most', 'Organization', '科学技术部', ['科技部'], 'ministry'),
  entry('ecolabel:nordic-swan', 'EcoLabel', '北欧天鹅', ['北欧白天鹅'], 'ecolabel'),
]);
const found = (sentence: string, g = gazetteer) => discoverCandidates(sentence, g).map((c) => ({ label: c.label, name: c.name }));

describe('names the text marks or signals', () => {
  it('reads 「」 and 『』 as quote marks, as Hong Kong and Taiwan write them', () => {
    expect(found('澳门环境保护局上月推出「绿色酒店奖励计划」，首批十二家酒店参加。')).toContainEqual({ label: 'Project', name: '绿色酒店奖励计划' });
    expect(found('基金会主办的『海岸清洁行动』将持续三个月。')).toContainEqual({ label: 'Project', name: '海岸清洁行动' });
    // A quoted phrase that says nothing of what it is stays no name.
    expect(found('他说「非常感谢」。').map((c) => c.name)).not.toContain('非常感谢');
  });

  it('reads an eco-label named by its country (标章, 绿色标签, 能效标识), and none named by a body', () => {
    expect(found('获得认证的产品申请智利绿色标签时可免于重复检测。')).toContainEqual({ label: 'EcoLabel', name: '智利绿色标签' });
    expect(found('秘鲁环保标章的评定基准于今年修订。')).toContainEqual({ label: 'EcoLabel', name: '秘鲁环保标章' });
    expect(found('双方介绍了巴西能效标识的认证程序。')).toContainEqual({ label: 'EcoLabel', name: '巴西能效标识' });
    expect(found('安第斯绿色采购网络绿色标签的推广工作。').filter((c) => c.label === 'EcoLabel')).toEqual([]);
  });

  it('reads the body that runs a known programme, and a mission abroad, but no office without its owner', () => {
    expect(found('绿色采购伙伴计划秘书处设在利马。')).toContainEqual({ label: 'Organization', name: '绿色采购伙伴计划秘书处' });
    expect(found('绿色采购伙伴计划协调委员会批准了新的工作计划。')).toContainEqual({ label: 'Organization', name: '绿色采购伙伴计划协调委员会' });
    expect(found('驻智利圣地亚哥代表处代表何立群出席了签约仪式。')).toContainEqual({ label: 'Organization', name: '驻智利圣地亚哥代表处' });
    expect(found('联合国开发计划署驻华代表处项目官员王敏作了发言。').map((c) => c.name)).not.toContain('驻华代表处');
  });

  it('reads a person after a title whose remit stands in brackets', () => {
    expect(found('研讨会由海事处助理处长（船舶安全）周嘉怡主持。').filter((c) => c.label === 'Person').map((c) => c.name)).toContain('周嘉怡');
  });

  it('reads a transliteration after 为 without the 为', () => {
    const people = found('网络的执行秘书为安娜·贝克（Anna Beck）。').filter((c) => c.label === 'Person').map((c) => c.name);
    expect(people).toEqual(['安娜·贝克']);
  });
});

describe('bodies and people the first reading missed', () => {
  it('reads Japanese names after a title, by their family names', () => {
    const people = (s: string) => found(s).filter((c) => c.label === 'Person').map((c) => c.name);
    expect(people('协会事务局局长高桥正雄表示，新标准将于明年实施。')).toContain('高桥正雄');
    expect(people('研究部主任松井明（Akira Matsui）介绍了试点情况。')).toContain('松井明');
    expect(people('协会专务理事铃木一郎先生出席。').concat(people('协会局长铃木健太郎表示感谢。'))).toEqual(expect.arrayContaining(['铃木健太郎']));
    // A family name that is also a place is left out: 中山 stays no one's name here.
    expect(people('秘书长中山大学教授出席。')).not.toContain('中山大学');
  });

  it('reads a ministry whose portfolio joins two fields, but not two bodies joined', () => {
    expect(found('挪威气候与环境保护部和越南经济和财政部派员出席。')).toEqual(
      expect.arrayContaining([
        { label: 'Organization', name: '挪威气候与环境保护部' },
        { label: 'Organization', name: '越南经济和财政部' },
      ]),
    );
    expect(found('越南环境保护部和财政部联合发文。').map((c) => c.name)).not.toContain('越南环境保护部和财政部');
  });

  it('reads a body after a clause verb, a country before 驻, and a body before a title nobody listed', () => {
    expect(found('理事会批准挪威标准计量局成为正式成员。')).toContainEqual({ label: 'Organization', name: '挪威标准计量局' });
    expect(found('越南驻华大使馆经济参赞出席了开幕式。')).toContainEqual({ label: 'Organization', name: '越南驻华大使馆' });
    expect(found('挪威公路管理局采购顾问英格·索尔贝格介绍了经验。')).toContainEqual({ label: 'Organization', name: '挪威公路管理局' });
  });

  it('reads a known label written with the word for its mark as that label', () => {
    const marks = discoverCandidates('企业申请北欧天鹅标志的数量逐年增加。', gazetteer).filter((c) => c.label === 'EcoLabel');
    expect(marks.map((c) => [c.name, c.known?.id])).toEqual([['北欧天鹅标志', 'ecolabel:nordic-swan']]);
    expect(discoverCandidates('北欧天鹅标志合作论坛在奥斯陆举行。', gazetteer).filter((c) => c.method === 'pattern:label-mark')).toEqual([]);
  });

  it('reads no label where the label\'s words run on into a forum or a product', () => {
    expect(found('第三届越南绿色标签合作论坛在河内举行。').filter((c) => c.label === 'EcoLabel')).toEqual([]);
    expect(found('越南绿色标签由越南环境总局负责管理。')).toContainEqual({ label: 'EcoLabel', name: '越南绿色标签' });
  });
});

describe('Hong Kong, Macao and Taiwan usage, and short places', () => {
  it('reads Cantonese surnames, trade guilds, a ministry opening its clause, and a unit under a body', () => {
    expect(found('澳门环境协会主任区咏琪介绍了计划。')).toContainEqual({ label: 'Person', name: '区咏琪' });
    expect(found('高雄市印刷业公会理事长冼国明出席。')).toContainEqual({ label: 'Organization', name: '高雄市印刷业公会' });
    expect(found('交通部召开绿色运输座谈会。')).toContainEqual({ label: 'Organization', name: '交通部' });
    expect(found('交通部门负责协调。').map((c) => c.name)).not.toContain('交通部');
    // 科技部 is a known ministry, but here it ends a unit's name the text says a body has.
    expect(found('香港设计中心下设的数码科技部负责网站。')).toContainEqual({ label: 'Organization', name: '数码科技部' });
  });

  it('reads a city too short to match alone only where the text marks it as where', () => {
    const athens = discoverCandidates('双方在雅典签署了合作备忘录。', gazetteer).filter((c) => c.label === 'Place');
    expect(athens.map((c) => [c.name, c.known?.id])).toEqual([['雅典', 'place:athens']]);
    expect(discoverCandidates('雅典娜奖颁给了三家企业。', gazetteer).filter((c) => c.label === 'Place')).toEqual([]);
  });
});

describe('what a rule must not make a name of', () => {
  it('refuses verbs of office and title words as people, and a particle glued on a transliteration', () => {
    expect(notANameBecause('连任', 'Person')).toBe('a verb of office');
    expect(notANameBecause('当选', 'Person')).toBe('a verb of office');
    expect(notANameBecause('行政', 'Person')).toBe('a title word');
    expect(notANameBecause('为安娜·贝克', 'Person')).toBe('a particle glued on in front');
    expect(notANameBecause('安娜·贝克', 'Person')).toBeUndefined();
    expect(notANameBecause('连伟明', 'Person')).toBeUndefined();
  });

  it('refuses clauses of election and appointment, but keeps an election commission', () => {
    expect(notANameBecause('大会选举智利可持续发展研究所', 'Organization')).toBe('a clause');
    expect(notANameBecause('中心专家获任国际标准', 'Standard')).toBe('a clause');
    expect(notANameBecause('智利选举委员会', 'Organization')).toBeUndefined();
  });

  it('refuses counted courses and meetings (两期…培训班)', () => {
    expect(notANameBecause('两期绿色采购培训班', 'Event')).toBe('a counted phrase');
    expect(notANameBecause('绿色采购培训班', 'Event')).toBeUndefined();
  });
});

describe('one body written with and without its place', () => {
  it('pairs the longer name with the shorter one in the same briefing', () => {
    const pairs = placePrefixedPairs(['香港特别行政区政府渔农自然护理署', '香港渔农自然护理署', '巴西里约州政府', '里约州政府', '香港园艺学会', '园艺学会'], gazetteer);
    expect(pairs).toContainEqual(['香港特别行政区政府渔农自然护理署', '香港渔农自然护理署']);
    expect(pairs).toContainEqual(['巴西里约州政府', '里约州政府']);
    expect(pairs).toContainEqual(['香港园艺学会', '园艺学会']);
  });

  it('pairs nothing when the short name is generic, too short, or claimed by two places', () => {
    expect(placePrefixedPairs(['智利环境部', '环境部'], gazetteer)).toEqual([]);
    expect(placePrefixedPairs(['智利国家采购局', '秘鲁国家采购局', '国家采购局'], gazetteer)).toEqual([]);
    expect(placePrefixedPairs(['智利国际会议', '国际会议'], gazetteer)).toEqual([]);
  });
});
