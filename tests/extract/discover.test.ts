import { describe, expect, it } from 'vitest';
import { discoverCandidates } from '../../src/extract/discover.js';
import { Gazetteer } from '../../src/extract/gazetteer.js';

// Discovery must work on briefings nobody has curated: these run with an EMPTY gazetteer.
const empty = new Gazetteer([]);
const found = (sentence: string) => discoverCandidates(sentence, empty).map((c) => ({ label: c.label, name: c.name, nameEn: c.nameEn, abbr: c.abbr }));

describe('entity discovery from what the text signals, with no gazetteer', () => {
  it('reads 全称（ABBR） and keeps 与 inside a name', () => {
    expect(found('亚太绿色公共采购网由联合国环境规划署(UNEP)和韩国环境工业与技术研究所(KEITI)发起')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ label: 'Organization', name: '联合国环境规划署', abbr: 'UNEP' }),
        expect.objectContaining({ label: 'Organization', name: '韩国环境工业与技术研究所', abbr: 'KEITI' }),
      ]),
    );
  });
  it('reads an English name and an abbreviation from one bracket', () => {
    expect(found('联合国环境规划署和世界自然保护联盟（the International Union for Conservation of Nature, IUCN）共同启动了')).toContainEqual(
      expect.objectContaining({ label: 'Organization', name: '世界自然保护联盟', nameEn: 'International Union for Conservation of Nature', abbr: 'IUCN' }),
    );
  });
  it('finds people next to their titles, on either side', () => {
    const names = found('张小丹总经理与日本环境协会宇野治秘书长共同签署了中日环境标志扫描仪共同标准').filter((c) => c.label === 'Person').map((c) => c.name);
    expect(names).toContain('张小丹');
    const chair = found('会议由国家发改委气候司副司长蒋兆理主持').filter((c) => c.label === 'Person').map((c) => c.name);
    expect(chair).toEqual(['蒋兆理']);
  });
  it('chooses 任勇 over 任勇主 when a verb follows the name', () => {
    const names = found('会议由专题研究中方组长、生态环境部环境发展中心主任任勇主持。').filter((c) => c.label === 'Person').map((c) => c.name);
    expect(names).toEqual(['任勇']);
  });
  it('reads transliterated names with · and their Latin form', () => {
    expect(found('澳大利亚良好环境选择首席执行官凯特·哈里斯（Kate Harris）本星期成为新的执行委员')).toContainEqual(
      expect.objectContaining({ label: 'Person', name: '凯特·哈里斯', nameEn: 'Kate Harris' }),
    );
  });
  it('reads a committee by its suffix (委员 inside 委员会 is no title), 标委会 too', () => {
    expect(found('全国政协人口资源环境委员会召开专题会议')).toContainEqual(expect.objectContaining({ label: 'Organization', name: '全国政协人口资源环境委员会' }));
    expect(found('全国碳排放管理标委会副主任孙翠华出席')).toContainEqual(expect.objectContaining({ label: 'Organization', name: '全国碳排放管理标委会' }));
  });
  it('reads 肯尼亚环境部长 as the minister of 肯尼亚环境部, not as a person named 环境', () => {
    const places = new Gazetteer([{ id: 'place:kenya', label: 'Place', name: '肯尼亚', aliases: [], noMatch: [], kind: 'country' }]);
    const candidates = discoverCandidates('中国环境保护部部长李干杰与肯尼亚环境部长朱迪·瓦克洪古共同签署了协议', places);
    expect(candidates.filter((c) => c.label === 'Person').map((c) => c.name).sort()).toEqual(['朱迪·瓦克洪古', '李干杰'].sort());
    expect(candidates).toContainEqual(expect.objectContaining({ label: 'Organization', name: '肯尼亚环境部' }));
  });
  it('keeps a word like 管理 inside a name when the suffix follows it (日本产业环境管理协会)', () => {
    expect(found('日本产业环境管理协会（JEMAI）到访中环联合')).toContainEqual(expect.objectContaining({ label: 'Organization', name: '日本产业环境管理协会', abbr: 'JEMAI' }));
    expect(found('中环联合负责管理中国环境标志').filter((c) => c.label === 'Organization')).toEqual([]);
  });
  it('finds a foreign name right after an organisation that only its suffix revealed, but not a unit or a particle', () => {
    const japan = new Gazetteer([{ id: 'place:japan', label: 'Place', name: '日本', aliases: [], noMatch: [], kind: 'country' }]);
    const people = (sentence: string) => discoverCandidates(sentence, japan).filter((c) => c.label === 'Person').map((c) => c.name);
    expect(people('张小丹总经理与日本环境协会宇野治秘书长共同签署了中日环境标志扫描仪共同标准')).toEqual(['张小丹', '宇野治']);
    expect(people('日本环境协会（JEA）的宇野治先生出席了会议')).toEqual(['宇野治']);
    expect(people('专题研究中方联合组长、国务院办公厅督查室专员范必出席')).toEqual(['范必']);
  });
  it('reads every organisation of a list, with a place inside a name and the verb after the last one cut off', () => {
    const china = new Gazetteer([{ id: 'place:china', label: 'Place', name: '中国', aliases: [], noMatch: [], kind: 'country' }]);
    const orgs = (sentence: string) => discoverCandidates(sentence, china).filter((c) => c.label === 'Organization').map((c) => c.name);
    expect(orgs('来自国务院发展研究中心、沃尔玛中国投资有限公司、气候工作基金会等单位的代表出席了会议')).toEqual(expect.arrayContaining(['沃尔玛中国投资有限公司', '气候工作基金会']));
    expect(orgs('本次论坛由中国生产力促进中心协会、生态环境频道、蓝迪国际智库联合主办')).toEqual(expect.arrayContaining(['中国生产力促进中心协会', '生态环境频道', '蓝迪国际智库']));
  });
  it('reads no person in a title that runs into an organisation (市长全球联盟)', () => {
    expect(found('倡导地区可持续发展理事会、市长全球联盟和40个城市气候变化领导集团宣布《一个地球宪章》').filter((c) => c.label === 'Person')).toEqual([]);
  });
  it('reads two bodies joined by a dash as two names, and keeps a dash inside one (中国—非洲环保合作中心)', () => {
    const orgs = (sentence: string) => found(sentence).filter((c) => c.label === 'Organization').map((c) => c.name);
    expect(orgs('德国联邦环境部宣布它将为联合国环境规划署-世界自然保护联盟新项目提供资金')).toEqual(['联合国环境规划署', '世界自然保护联盟']);
    const china = new Gazetteer([{ id: 'place:china', label: 'Place', name: '中国', aliases: [], noMatch: [], kind: 'country' }]);
    expect(discoverCandidates('中国—非洲环保合作中心代理主任周国梅出席', china).filter((c) => c.label === 'Organization').map((c) => c.name)).toEqual(['中国—非洲环保合作中心']);
  });
  it('reads Latin-script names after a title', () => {
    expect(found('美国绿色印章首席执行官 Doug Gatlin 回顾了绿色印章发展史')).toContainEqual(expect.objectContaining({ label: 'Person', name: 'Doug Gatlin' }));
  });
  it('types 《titles》 by how they end', () => {
    const c = found('国家发改委和世界银行签署《关于应对气候变化领域合作的谅解备忘录》，在该备忘录框架下');
    expect(c).toContainEqual(expect.objectContaining({ label: 'Agreement', name: '关于应对气候变化领域合作的谅解备忘录' }));
    expect(found('澳大利亚良好环境选择（GECA）已经制定了《垃圾收集服务国家标准 National Standard for Waste Collection Services》')).toContainEqual(
      expect.objectContaining({ label: 'Standard' }),
    );
    expect(found('提供《产品可持续性信息提供指南 (Guidelines for Providing Product Sustainability Information)》')).toContainEqual(
      expect.objectContaining({ label: 'Document', name: '产品可持续性信息提供指南', nameEn: 'Guidelines for Providing Product Sustainability Information' }),
    );
  });
  it('reads “quoted names” only when a suffix says what they are', () => {
    const c = found('此次出访的另一个重要目的是在“中德绿色消费”项目的合作框架下，继续与德方探讨“诚信、责任”的价值观');
    expect(c).toContainEqual(expect.objectContaining({ label: 'Project', name: '中德绿色消费项目' }));
    expect(c.map((x) => x.name)).not.toContain('诚信、责任');
  });
});
