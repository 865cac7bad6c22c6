import { describe, expect, it } from 'vitest';
import { notANameBecause } from '../../src/extract/discoverFilter.js';
import { quoted } from '../../src/extract/discoverMarked.js';
import { readingRules } from '../../src/extract/rules/readingRules.js';
import { ownersByNameRule } from '../../src/extract/rules/projectOwnersRule.js';
import { operationsRule } from '../../src/extract/rules/operationsRule.js';
import { participationRule } from '../../src/extract/rules/participationRule.js';
import { signingRule } from '../../src/extract/rules/signingRule.js';
import { organisersRule } from '../../src/extract/rules/organisersRule.js';
import { launchesRule } from '../../src/extract/rules/launchRule.js';
import { readWith } from './rules/readWith.js';

// Facts that unseen briefings made wrong, each cause with a sentence written for this test in the
// briefings' style, about bodies the seed briefings do not name; and the right reading beside it.

const events = (r: Awaited<ReturnType<typeof readWith>>) =>
  r.graph.entities
    .filter((e) => e.label === 'Event')
    .map((e) => String(e.properties.name))
    .sort();

describe('owners read from a name', () => {
  it('takes no family of bodies at the head of a programme for its runner', async () => {
    const r = await readWith([ownersByNameRule, operationsRule], '项目动态', '联合国可持续旅游计划于2019年启动，旨在推动各国酒店业绿色采购。');
    expect(r.facts('OPERATES')).toEqual([]);
    expect(r.facts('ORGANIZED')).toEqual([]);
  });

  it('still takes one body at the head of its programme', async () => {
    const r = await readWith([ownersByNameRule], '计划动态', '“同一个地球网络”消费者信息计划发布了新的年度工作计划。');
    expect(r.facts('OPERATES')).toEqual(['同一个地球网络 -> 消费者信息计划']);
  });

  it('does not read a programme listed among the launchers as launched by them', async () => {
    const r = await readWith([operationsRule], '平台动态', '循环纺织伙伴关系是由世界资源研究所、宜可城和“零废弃时尚倡议”共同发起的合作平台。');
    expect(r.facts('ORGANIZED')).toEqual([]);
  });

  it('does not read 领导机构 after a programme as the body before it leading it', async () => {
    const r = await readWith([operationsRule], '计划动态', '“同一个地球网络”可持续旅游计划联合领导机构-法国生态转型部正在筹建一个酒店采购网络。');
    expect(r.facts('ORGANIZED')).toEqual([]);
  });
});

describe('places read from a name', () => {
  it('gives no location for a region of many countries at the head of a body', async () => {
    const r = await readWith([], '网络动态', '南美可持续采购网络和北欧绿色建筑委员会于2022年签署了合作备忘录。');
    expect(r.facts('LOCATED_IN')).toEqual([]);
  });

  it('keeps the country at the head of a body as its country, not as a location the sentence never gave', async () => {
    const r = await readWith([], '机构动态', '智利环境部发布了新的绿色采购指南。');
    expect(r.facts('LOCATED_IN').filter((f) => f.startsWith('智利环境部'))).toEqual([]);
    expect(r.graph.entities.find((e) => e.properties.name === '智利环境部')?.properties.country).toBe('Chile');
  });

  it('reads where an office stationed abroad is, which 驻 says', async () => {
    const r = await readWith([], '机构动态', '亚洲开发银行驻越南代表处发布了新的绿色采购指南。');
    expect(r.facts('LOCATED_IN').filter((f) => f.startsWith('亚洲开发银行驻越南代表处'))).toEqual(['亚洲开发银行驻越南代表处 -> 越南']);
  });
});

describe('counted works are no work', () => {
  it('makes neither a signed work nor a signing of "已签署五项共同标准"', async () => {
    const r = await readWith(readingRules, '合作进展', '2023年5月，日本环境协会与泰国环境研究所举行年度会议。双方自2010年起开展合作，已签署五项共同标准。');
    expect(r.facts('SIGNED')).toEqual([]);
    expect(events(r).filter((e) => e.includes('签署'))).toEqual([]);
  });

  it('still reads a signing of one named standard', async () => {
    const r = await readWith([signingRule], '合作进展', '2023年5月8日，日本环境协会与泰国环境研究所签署《日泰环境标志共同标准（打印机）》。');
    expect(r.facts('SIGNED').sort()).toEqual(['日本环境协会 -> 日泰环境标志共同标准（打印机）', '泰国环境研究所 -> 日泰环境标志共同标准（打印机）']);
  });

  it('knows a count cut off before its noun and half of 年度 for no names', () => {
    expect(notANameBecause('计划的两家', 'Organization')).toBe('a counted phrase');
    expect(notANameBecause('三份报告', 'Document')).toBe('a counted phrase');
    expect(notANameBecause('度协调委员会', 'Organization')).toBeDefined();
    expect(notANameBecause('东盟协调委员会', 'Organization')).toBeUndefined();
    expect(notANameBecause('新一届理事会', 'Organization')).toBe('a generic word');
    expect(notANameBecause('选举新一届理事会', 'Organization')).toBeDefined();
    expect(notANameBecause('非营利性协会', 'Organization')).toBe('a generic word');
    expect(notANameBecause('亚洲非营利采购协会', 'Organization')).toBeUndefined();
  });
});

describe('event names are names, not clauses', () => {
  it('names a launch told by a clause without a subject after what was launched', async () => {
    const r = await readWith(readingRules, '指标监测', '2022年3月，联合国环境规划署在该指标第一轮测试的基础上，相继在国家层面启动SDG12.1.1指数监测报告。');
    expect(events(r)).toEqual(['SDG12.1.1指数监测报告启动']);
  });

  it('makes no event of a list of planned activities', async () => {
    const r = await readWith(readingRules, '网络计划', '非洲绿色采购网络在2023年和2024年计划开展的活动包括组织在线研讨会、编写国家案例汇编。');
    expect(events(r)).toEqual([]);
  });

  it('names an event in 「」 by its title, and 工作坊 is an event word', async () => {
    const r = await readWith(readingRules, '培训动态', '2023年6月12日，新加坡环境理事会在新加坡举办「绿色建材采购工作坊」，约五十名采购人员参加。');
    expect(events(r)).toEqual(['绿色建材采购工作坊']);
    expect(r.facts('ORGANIZED')).toEqual(['新加坡环境理事会 -> 绿色建材采购工作坊']);
  });

  it('makes no event of events counted', async () => {
    const two = await readWith(readingRules, '东盟绿色采购网络年会', '9月3日下午同时举行了两场边会。由东盟秘书处主办的“绿色酒店采购”边会在雅加达举行。');
    expect(events(two)).not.toContain('两场边会');
    const next = await readWith(readingRules, '智利加入咨询委员会', '7月2日，智利环境部正式加入咨询委员会。该部采购司司长胡安·佩雷斯将代表智利参加委员会2025年上半年的两次会议。');
    expect(events(next).filter((e) => e.includes('两次会议'))).toEqual([]);
  });

  it('does not glue a speaker to the event he spoke at', async () => {
    const r = await readWith(readingRules, '研讨会', '2023年11月9日，澳门生产力暨科技转移中心在澳门举行“湾区绿色酒店研讨会”。中心主任区志诚在研讨会上致辞。');
    expect(events(r)).toEqual(['湾区绿色酒店研讨会']);
  });
});

describe('who organises and launches what', () => {
  it('does not make the launchers of a network organisers of the event the article reported before', async () => {
    const r = await readWith([organisersRule, launchesRule], '区域合作', '2021年3月，东盟秘书处启动区域绿色采购指标评估。', '世界自然基金会和德国国际合作机构发起东南亚区域绿色采购联盟，以加强各国采购人员的能力。');
    const organisers = r.facts('ORGANIZED').map((f) => f.split(' -> ')[0]);
    expect(organisers).not.toContain('世界自然基金会');
    expect(organisers).not.toContain('德国国际合作机构');
  });

  it('does not make what was launched its own launcher', async () => {
    const r = await readWith([launchesRule], '宜可城发起城市绿色建材联盟', '由宜可城-地方可持续发展协会发起的“城市绿色建材联盟”于9月12日在米兰正式启动。');
    expect(r.facts('ORGANIZED').filter((f) => f.startsWith('城市绿色建材联盟'))).toEqual([]);
  });

  it('does not make a body just set up a launcher', async () => {
    const r = await readWith([launchesRule], '联合国环境规划署启动采购战略规划', '2020年10月，联合国环境规划署组建了可持续采购之友工作组，启动“后-2025时代采购战略规划”。');
    const organisers = r.facts('ORGANIZED').map((f) => f.split(' -> ')[0]);
    expect(organisers).toEqual(['联合国环境规划署']);
  });

  it('does not make a signing part of a launch the article reported before', async () => {
    const r = await readWith(readingRules, '项目进展', '2021年4月，联合国环境规划署启动加纳可持续采购试点。', '项目促成加纳公共采购局和加纳环境保护署签署谅解备忘录。');
    expect(r.facts('PART_OF').filter((f) => f.includes('签署'))).toEqual([]);
    expect(r.facts('PRODUCED').filter((f) => f.includes('备忘录'))).toEqual([]);
  });
});

describe('departments', () => {
  it('does not make a bare department listed after its body attend', async () => {
    const r = await readWith([participationRule], '泰国工业标准协会代表团到访日本环境协会', '2024年2月8日，泰国工业标准协会代表团一行到访日本环境协会，日本环境协会副理事长山田一郎、认证二部部长佐藤健参加会谈。');
    expect(r.facts('ATTENDED').filter((f) => f.startsWith('认证二部'))).toEqual([]);
    expect(r.facts('ATTENDED')).toContain('佐藤健 -> 泰国工业标准协会代表团到访日本环境协会');
  });
});

describe('quoted titles', () => {
  it('names a guide by its quoted title, the word after it an alias', () => {
    const [c] = quoted('宜可城欧洲秘书处与绿色电子委员会合作推出“怎样开展市场对话”指南。');
    expect(c).toMatchObject({ label: 'Document', name: '怎样开展市场对话', alias: '怎样开展市场对话指南' });
  });
});

describe('one signing, one work', () => {
  const heading = '日本环境协会与泰国环境研究所签署日泰环境标志共同标准';
  const body = '2024年3月5日，日本环境协会与泰国环境研究所在曼谷签署《日泰环境标志共同标准（复印机）》。这是双方自2016年签署互认协议以来签署的第四项共同标准。';

  it('folds the heading\'s short title into the one bracket-qualified title of the body', async () => {
    const r = await readWith(readingRules, heading, body);
    const works = r.facts('SIGNED').filter((f) => f.includes('共同标准')).map((f) => f.split(' -> ')[1]);
    expect([...new Set(works)]).toEqual(['日泰环境标志共同标准（复印机）']);
    expect(r.graph.entities.find((e) => e.properties.name === '日泰环境标志共同标准（复印机）')?.label).toBe('Standard');
  });

  it('does not make this year\'s signing produce an agreement signed years before', async () => {
    const r = await readWith(readingRules, heading, body);
    expect(r.facts('PRODUCED').filter((f) => f.includes('互认协议'))).toEqual([]);
    expect(r.facts('SIGNED').filter((f) => f.includes('互认协议')).length).toBe(2);
  });
});


describe('speaking about a publication is not attending it', () => {
  it('makes no attendee of an official who comments on a guide just published', async () => {
    const r = await readWith(readingRules, '指南发布', '2024年3月5日，越南自然资源与环境部发布了《公共机构绿色采购指南》。越南自然资源与环境部副部长阮文明表示，指南将帮助各省采购部门选择环保产品。');
    expect(r.facts('PUBLISHED')).toContain('越南自然资源与环境部 -> 公共机构绿色采购指南');
    expect(r.facts('ATTENDED')).toEqual([]);
  });

  it('still makes a speaker at a forum attend it', async () => {
    const r = await readWith(readingRules, '论坛动态', '2024年4月8日，第五届湄公河绿色采购论坛在万象举行。老挝工业与商业部副部长宋巴表示，各国应加强合作。');
    expect(r.facts('ATTENDED')).toContain('宋巴 -> 第五届湄公河绿色采购论坛');
  });

  it('still makes one who speaks at a launch ceremony attend it', async () => {
    const r = await readWith(readingRules, '项目启动', '2024年6月2日，智利环境部启动了“绿色学校采购”项目。在启动仪式上，智利环境部部长卡拉·罗哈斯致辞。');
    expect(r.facts('ATTENDED').filter((f) => f.startsWith('卡拉·罗哈斯'))).toHaveLength(1);
  });
});

describe('a ministry before a title is no person', () => {
  it('makes no person of 商业部 in 工业与商业部副部长', async () => {
    const r = await readWith(readingRules, '论坛动态', '2024年4月8日，第五届湄公河绿色采购论坛在万象举行。老挝工业与商业部副部长宋巴表示，各国应加强合作。');
    const people = r.graph.entities.filter((e) => e.label === 'Person').map((e) => String(e.properties.name));
    expect(people).toEqual(['宋巴']);
  });
});

describe('a meeting during a visit is named by who met whom', () => {
  const visit = ['2024年5月13日至17日，泰国环境研究所代表团访问芬兰。', '访问期间，芬兰环境研究院副院长尤哈·维塔宁会见了代表团，双方就绿色采购交流了经验。'];

  it('names no event by a clause with a title and a person', async () => {
    const r = await readWith(readingRules, '代表团访问芬兰', ...visit);
    expect(events(r).filter((n) => /副院长|会见了/u.test(n))).toEqual([]);
    expect(events(r)).toContain('尤哈·维塔宁会见代表团');
  });

  it('keeps the host attending the meeting, inside the visit', async () => {
    const r = await readWith(readingRules, '代表团访问芬兰', ...visit);
    expect(r.facts('ATTENDED')).toContain('尤哈·维塔宁 -> 尤哈·维塔宁会见代表团');
    expect(r.facts('PART_OF').filter((f) => f.startsWith('尤哈·维塔宁会见代表团 -> '))).toHaveLength(1);
  });

  it('makes no event of a dated clause whose subject is a titled person and whose other side is unnamed', async () => {
    const r = await readWith(readingRules, '交流动态', '2024年9月3日，丹麦环境保护署署长莱娜·索伦森会见了来访的客人。');
    expect(events(r).filter((n) => n.includes('署长'))).toEqual([]);
  });
});
