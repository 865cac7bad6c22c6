import { describe, expect, it } from 'vitest';
import { discoverCandidates } from '../../src/extract/discover.js';
import { Gazetteer, type GazetteerEntry } from '../../src/extract/gazetteer.js';
import { simplifiedView } from '../../src/ingest/simplifiedView.js';

// Discovery from what the text signals, with no list behind it. The sentences are written for
// these tests in the briefings' style, about bodies, people and places the seed does not name;
// the gazetteers are built here and hold only the few names a test says are known.

const entry = (id: string, label: GazetteerEntry['label'], name: string, kind?: string): GazetteerEntry => ({ id, label, name, aliases: [], noMatch: [], kind });
const empty = new Gazetteer([]);
const names = (sentence: string, gazetteer = empty, label?: string) =>
  discoverCandidates(sentence, gazetteer)
    .filter((c) => !label || c.label === label)
    .map((c) => c.name);
const typed = (sentence: string, gazetteer = empty) => discoverCandidates(sentence, gazetteer).map((c) => `${c.label} ${c.name}`);

describe('names bounded by a telling ending, with nothing known in front', () => {
  it('reads groups, partnerships, alliances and watchdogs as bodies, initiatives as programmes', () => {
    expect(typed('2024年2月，可持续纺织品伙伴关系发布《公共部门纺织品采购进展报告》。')).toContain('Organization 可持续纺织品伙伴关系');
    expect(typed('报告由海洋塑料观察与循环时尚研究小组合作编写。')).toEqual(expect.arrayContaining(['Organization 海洋塑料观察', 'Organization 循环时尚研究小组']));
    expect(typed('绿色学校倡议近日在内罗毕启动，青年环境同盟是首批合作方。')).toEqual(expect.arrayContaining(['Project 绿色学校倡议', 'Organization 青年环境同盟']));
    expect(names('会议期间组建了可持续采购和循环经济之友工作组，负责起草路线图。')).toContain('可持续采购和循环经济之友工作组');
  });

  it('cuts the clause in front of the name (a verb, 了, 的) and keeps a 和 inside it', () => {
    expect(names('瑞典地区公共采购网络下设的公平贸易采购小组近日发布指南。')).toContain('公平贸易采购小组');
    expect(names('会议讨论海洋塑料工作组提交的草案。')).toEqual(['海洋塑料工作组']);
  });

  it('does not take a kind of body, a word running on, or a plan described for a name', () => {
    expect(names('双方同意成立联合工作组，并召开专家委员会会议。')).toEqual([]);
    expect(names('该网络研讨会吸引了三百名采购官员。')).toEqual([]);
    expect(names('各国应制定减少塑料包装计划，并加强区域网络建设。')).toEqual([]);
    expect(names('双方同意建立战略伙伴关系，代表团还进行了实地观察。')).toEqual([]);
    expect(names('大会组委会宣布，筹备委员会将于下月成立。')).toEqual([]);
  });

  it('keeps a generic-sounding body that the text gives its own abbreviation', () => {
    expect(typed('该中心被批准为项目指导委员会（PSC）成员。')).toContain('Organization 项目指导委员会');
  });

  it('reads a vaguer ending (计划, 网络) next to the verb of a party', () => {
    expect(names('气候教育网络发布了第一份年度报告。')).toContain('气候教育网络');
    expect(names('芬兰政府启动了公共建筑低碳改造计划。', new Gazetteer([entry('place:fi', 'Place', '芬兰', 'country')]))).toContain('公共建筑低碳改造计划');
  });
});

describe('parties of the verbs only parties have', () => {
  it('reads every party of 由X、Y和Z共同发起 and of 由X牵头', () => {
    const unesco = new Gazetteer([entry('org:unesco', 'Organization', '联合国教科文组织')]);
    expect(names('由联合国教科文组织牵头、气候教育网络和青年环境同盟共同发起的“绿色学校倡议”于3月20日启动。', unesco)).toEqual(
      expect.arrayContaining(['气候教育网络', '青年环境同盟', '绿色学校倡议']),
    );
    expect(names('该倡议由海洋守护者与蓝色经济研究会共同牵头。')).toEqual(expect.arrayContaining(['海洋守护者', '蓝色经济研究会']));
  });

  it('reads the co-hosts of a meeting when a known one vouches for the list', () => {
    const known = new Gazetteer([entry('org:hkfep', 'Organization', '香港环保促进会')]);
    expect(names('论坛由亚洲生态标签联盟主办，澳门环境保护局与香港环保促进会协办。', known)).toEqual(expect.arrayContaining(['亚洲生态标签联盟', '澳门环境保护局']));
    expect(typed('冈比亚也是东非经济共同体的观察员。')).toEqual(['Organization 东非经济共同体']);
  });

  it('keeps 与 inside a ministry named before 资助 and reads the parties of a signing', () => {
    expect(names('该项目由挪威气候与环境部资助，为期两年。')).toEqual(['挪威气候与环境部']);
    expect(names('促成该国国家采购监管局和农业部签署谅解备忘录。', empty, 'Organization')).toEqual(['国家采购监管局']);
  });

  it('reads a list of parties vouched for by a known member, and nothing where nothing vouches', () => {
    const known = new Gazetteer([entry('org:iclei', 'Organization', '宜可城')]);
    expect(names('蓝色循环联盟、宜可城和海洋守护者共同发起了这一倡议。', known)).toEqual(expect.arrayContaining(['蓝色循环联盟', '海洋守护者']));
    expect(names('首先，我们共同发起了这一倡议。')).toEqual([]);
    expect(names('参会代表交流他们国家执行发布的经验。')).toEqual([]);
  });
});

describe('names glossed in English, and apposition', () => {
  it('reads a Han name glossed by an English name that says what it is', () => {
    expect(typed('2024年6月，循环包装同盟与蓝海观察（Blue Ocean Watch）签署合作意向书。')).toContain('Organization 蓝海观察');
    expect(discoverCandidates('绿色餐桌（Green Table Initiative）近日发布新标准。', empty)).toContainEqual(
      expect.objectContaining({ label: 'Project', name: '绿色餐桌', nameEn: 'Green Table Initiative' }),
    );
    // A concept glossed in English is no body.
    expect(names('生命周期评价（Life Cycle Assessment）方法得到推广。')).toEqual([]);
  });

  it('reads the name after a dash as what the word before it says', () => {
    expect(typed('会上宣布了新成员——蓝色港湾，成员总数达到十二个。')).toContain('Organization 蓝色港湾');
    expect(typed('首批试点城市——图尔库，将率先采用新标准。')).toContain('Place 图尔库');
    expect(typed('清洁生产中心——雅典环境技术研究所介绍了最新进展。')).toContain('Organization 雅典环境技术研究所');
  });
});

describe('people named with a title, listed or not', () => {
  const people = (sentence: string, gazetteer = empty) => names(sentence, gazetteer, 'Person');

  it('recognises titles nobody listed by their endings, before or after the name', () => {
    expect(people('伙伴关系项目协调人李慧敏在发布会上介绍了报告的主要发现。')).toEqual(['李慧敏']);
    expect(people('循环包装同盟首席可持续发展官林雅婷表示，合作十分重要。')).toEqual(['林雅婷']);
    expect(people('标准部高级工程师孙浩然将作为中方专家参与讨论。')).toEqual(['孙浩然']);
    expect(people('亚洲开发银行采购专家陈美玲女士作了主题发言。')).toEqual(['陈美玲']);
  });

  it('cuts a foreign name before the word that follows it, and a title glued in front', () => {
    expect(people('备忘录由泰国环境研究所所长素帕猜·诗里旺分别代表双方签署。')).toEqual(['素帕猜·诗里旺']);
    const delhi = new Gazetteer([entry('place:delhi', 'Place', '德里', 'city')]);
    expect(people('智利公共采购局采购总监罗德里戈·费尔南德斯表示，加入联盟有益。', delhi)).toEqual(['罗德里戈·费尔南德斯']);
    expect(people('韩国环境产业技术院认证本部部长朴成浩与中方代表分别在文本上签字。')).toEqual(['朴成浩']);
    expect(people('欧盟委员会环境总司司长玛丽亚·费雷拉-桑托斯出席并致辞。')).toEqual(['玛丽亚·费雷拉-桑托斯']);
  });

  it('never takes the title word, its modifier, or a number of people for a person', () => {
    expect(people('董事长致辞后，专务理事和高级顾问分别发言。')).toEqual([]);
    expect(people('国际贸易中心（ITC）高级顾问出席。')).toEqual([]);
    expect(people('来自吉隆坡和新加坡的采购官员约八十人出席。')).toEqual([]);
  });
});

describe('foreign places in lists', () => {
  const nordic = new Gazetteer([entry('place:oslo', 'Place', '奥斯陆', 'city'), entry('place:helsinki', 'Place', '赫尔辛基', 'city'), entry('place:madrid', 'Place', '马德里', 'city'), entry('place:lisbon', 'Place', '里斯本', 'city')]);

  it('makes the transliterated members of a list with known places candidate places', () => {
    expect(typed('图尔库、奥斯陆、卑尔根和赫尔辛基等城市发布联合声明。', nordic)).toEqual(expect.arrayContaining(['Place 图尔库', 'Place 卑尔根']));
    expect(discoverCandidates('报告覆盖里斯本、波尔图、科英布拉和马德里等城市的采购实践。', nordic).filter((c) => c.label === 'Place')).toEqual([
      expect.objectContaining({ name: '波尔图', kind: 'city' }),
      expect.objectContaining({ name: '科英布拉', kind: 'city' }),
    ]);
  });

  it('makes no places of a list no known place vouches for, or of members that do not look like names', () => {
    expect(names('图尔库、卑尔根、坦佩雷和于韦斯屈莱等城市参加。')).toEqual([]);
    expect(names('奥斯陆、赫尔辛基、电子产品和清洁剂等类别', nordic, 'Place')).toEqual([]);
  });
});

describe('regions of known places', () => {
  it('reads a known place and a direction as a region, not as a ministry', () => {
    const places = new Gazetteer([entry('place:africa', 'Place', '非洲', 'continent'), entry('place:brazil', 'Place', '巴西', 'country')]);
    expect(typed('冈比亚位于非洲西部，是一个沿海国家。', places)).toEqual(['Place 非洲西部']);
    expect(typed('巴西东北部的三个州参加了试点。', places)).toEqual(['Place 巴西东北部']);
    expect(typed('巴西环境部长出席了会议。', places)).toContain('Organization 巴西环境部');
  });
});

describe('text in traditional characters, read through its simplified view', () => {
  const view = (text: string) => simplifiedView(text) ?? text;

  it('finds the same names in a traditional sentence, at the same offsets', () => {
    const text = '2024年6月，循環包裝同盟與藍海觀察（Blue Ocean Watch）簽署合作意向書，首席可持續發展官林雅婷出席。';
    const simplified = view(text);
    expect(simplified.length).toBe(text.length);
    const found = discoverCandidates(simplified, empty);
    expect(found.map((c) => `${c.label} ${c.name}`)).toEqual(expect.arrayContaining(['Organization 循环包装同盟', 'Organization 蓝海观察', 'Person 林雅婷']));
    const watch = found.find((c) => c.name === '蓝海观察')!;
    expect(text.slice(watch.start, watch.start + 4)).toBe('藍海觀察');
  });

  it('refuses the same junk in traditional characters', () => {
    expect(discoverCandidates(view('董事長致辭後，理事會和年會分別審議了年度工作計劃。'), empty)).toEqual([]);
    expect(discoverCandidates(view('永續餐飲倡議項目經理吳子健表示，首批將有三十家餐廳參與。'), empty).map((c) => c.name)).toEqual(['永续餐饮倡议', '吴子健']);
  });
});

describe('seed sentences still read (regression)', () => {
  it('reads the seed briefings’ bodies and people as before', () => {
    expect(names('决议需求，国际资源小组和“同一个地球网络”可持续公共采购计划共同推动。')).toContain('国际资源小组');
    expect(names('宜可城-地方可持续发展协会与电子观察合作推出《如何参与市场指南》。', new Gazetteer([entry('org:iclei', 'Organization', '宜可城-地方可持续发展协会')]))).toContain('电子观察');
    expect(people2('张小丹总经理与日本环境协会宇野治秘书长共同签署了中日环境标志扫描仪共同标准')).toEqual(['张小丹', '宇野治']);
  });
});

function people2(sentence: string): string[] {
  const japan = new Gazetteer([entry('place:japan', 'Place', '日本', 'country')]);
  return discoverCandidates(sentence, japan)
    .filter((c) => c.label === 'Person')
    .map((c) => c.name);
}
