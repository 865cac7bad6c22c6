import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractGraph, loadGazetteer, type Gazetteer } from '../../src/extract/index.js';
import type { Graph } from '../../src/graph/index.js';
import { ingestBriefing } from '../../src/ingest/index.js';
import { seedDir, seedGraph } from '../support/seedGraph.js';

// Reading rules on real sentences from the seed briefings, each read on its own in a one-article
// briefing (a heading and the paragraph), with the curated gazetteer for identity only.

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await loadGazetteer(seedDir);
});

function read(heading: string, ...paragraphs: string[]): Graph {
  return readIssue('2017年第四期', heading, ...paragraphs);
}

/** The same, in a briefing of the given issue (its year dates month-day dates). */
function readIssue(issue: string, heading: string, ...paragraphs: string[]): Graph {
  const text = ['国际合作简报', issue, '', heading, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
  const briefing = ingestBriefing(Buffer.from(text, 'utf8'), path.join('test', 'briefing-2017.txt'));
  return extractGraph([briefing], { gazetteer, reference: [] }).graph;
}

function facts(graph: Graph, type: string): string[] {
  const name = (id: string) => graph.entities.find((e) => e.id === id)?.properties.name ?? id;
  return graph.relationships.filter((r) => r.type === type).map((r) => `${name(r.start)} -> ${name(r.end)}`);
}

describe('reading rules on sentences from the briefings', () => {
  it('reads cooperation between the bodies on either side of 与, never a 与 inside a name', () => {
    const g = read(
      '环境发展中心周能福书记率团出访比利时、德国 开展环境标志国际合作交流',
      '在周书记见证下，中环联合认证中心与德国环境署（UBA）、德国质量保证与认证协会（RAL）签署了中德环境标志空调共同标准，为中德环境标志合作再添新成果。',
    );
    expect(facts(g, 'COOPERATES_WITH')).toEqual(expect.arrayContaining(['中环联合认证中心 -> 德国环境署', '中环联合认证中心 -> 德国质量保证与认证协会']));
  });

  it('takes the body right before 与 as the side that cooperates, not the speaker who thanks it', () => {
    const g = read(
      '“创新引领 助推绿色生产和消费”论坛在京召开',
      '联合国环境署驻华代表处项目官员蒋南青向大家介绍了环境署在实现联合国可持续发展目标方面开展的工作，并感谢中环联合认证中心与环境署在可持续消费领域的项目合作，表示将与中心进一步加强合作。',
    );
    const coop = facts(g, 'COOPERATES_WITH');
    expect(coop).toContain('中环联合认证中心 -> 联合国环境规划署');
    expect(coop).not.toContain('联合国环境署驻华代表处 -> 联合国环境规划署');
  });

  it('reads every body of a listed subject (A、B与C…开展…合作) as cooperating', () => {
    const g = read(
      '中德环境标志合作项目进展',
      '在德国国际合作机构（GIZ）的支持下，环保部环境发展中心、中环联合认证中心与UBA、RAL签署“中德绿色消费合作意向书”，将继续在“中德环境伙伴关系”项目支持下，开展为期4年的合作。',
    );
    expect(facts(g, 'COOPERATES_WITH')).toEqual(
      expect.arrayContaining(['环境发展中心 -> 德国环境署', '环境发展中心 -> 德国质量保证与认证协会', '中环联合认证中心 -> 德国环境署', '中环联合认证中心 -> 德国质量保证与认证协会']),
    );
  });

  it('reads cooperation named in an agreement\'s title (A与B签署…合作…) but not in a body\'s name (中环联合)', () => {
    // The heading of the unseen 2019 briefing's first article.
    const g = read('中环联合与北欧生态标签组织签署互认合作备忘录', '2019年5月14日，中环联合认证中心总经理张小丹在北京会见了北欧生态标签组织首席执行官Ragnar Unge一行。');
    expect(facts(g, 'COOPERATES_WITH')).toEqual(['中环联合认证中心 -> 北欧生态标签组织']);
  });

  it('reads two bodies that jointly launch something (A与B联合推出) as cooperating', () => {
    const g = read('“创新引领 助推绿色生产和消费”论坛在京召开', '财政部国库支付中心副主任郭方明表示，财政部与环保部联合推出的环境标志产品政府采购制度，是两部委联合推动引领绿色消费的典范。');
    expect(facts(g, 'COOPERATES_WITH')).toEqual(['财政部 -> 生态环境部']);
  });

  it('reads a delegation consulting a unit on cooperation as its organisation cooperating with the unit and the body above it', () => {
    const g = read(
      '环境发展中心周能福书记率团出访比利时、德国 开展环境标志国际合作交流',
      '2017年11月21日-28日，环境发展中心党委书记周能福一行应邀出访比利时和德国，开展环境标志国际合作交流。',
      '会议期间，代表团与欧盟委员会可持续生产与消费部门负责人就中欧环境标志合作进行了磋商，进一步明确了合作意向。',
    );
    expect(facts(g, 'COOPERATES_WITH')).toEqual(expect.arrayContaining(['环境发展中心 -> 欧盟委员会可持续生产与消费部门', '环境发展中心 -> 欧盟委员会']));
  });

  it('reads the two sides building on cooperation they already have, but not a mere hope to cooperate', () => {
    const meeting = '3 月 26 日，中环联合总经理张小丹、副总经理陈轶群会见了来访的美国 UL 全球副总裁 Alberto Uggetti先生和 UL环境事业部大中华区总经理孙国辉女士等一行四人。';
    const existing = read('美国 UL 全球副总裁到访中环联合', meeting, '会上，双方都表示希望在已有的战略合作基础上，开展更加务实有效的合作。');
    expect(facts(existing, 'COOPERATES_WITH')).toEqual(['中环联合认证中心 -> UL']);
    const hope = read('美国 UL 全球副总裁到访中环联合', meeting, '会上，双方都表示希望今后开展更加务实有效的合作。');
    expect(facts(hope, 'COOPERATES_WITH')).toEqual([]);
  });
});

describe('talks held during a meeting the article reported', () => {
  const events = (g: Graph) => g.entities.filter((e) => e.label === 'Event').map((e) => `${e.properties.name} ${e.properties.startDate}`);

  it('reads a delegation consulting a unit during the council meeting as its own event, part of that meeting, in its month', () => {
    const g = read(
      '环境发展中心周能福书记率团出访比利时、德国 开展环境标志国际合作交流',
      '2017年11月21日-28日，环境发展中心党委书记周能福一行应邀出访比利时和德国，开展环境标志国际合作交流，中环联合认证中心副总经理陈轶群以及相关人员在随团出访。',
      '受欧盟委员会邀请，代表团参加了欧盟环境标志理事会议，并向二十几个成员国代表介绍了中国环境标志计划。',
      '会议期间，代表团与欧盟委员会可持续生产与消费部门负责人就中欧环境标志合作进行了磋商，进一步明确了合作意向，并初步探讨了合作内容，标志着中欧环境标志合作的正式启动。',
    );
    expect(events(g)).toContain('代表团与欧盟委员会可持续生产与消费部门磋商 2017-11');
    // A meeting, though its sentence ends "标志着…合作的正式启动".
    expect(g.entities.find((e) => e.properties.name === '代表团与欧盟委员会可持续生产与消费部门磋商')?.properties.kind).toBe('meeting');
    expect(facts(g, 'PART_OF')).toContain('代表团与欧盟委员会可持续生产与消费部门磋商 -> 欧盟环境标志理事会议');
    expect(facts(g, 'ATTENDED')).toEqual(expect.arrayContaining(['欧盟委员会可持续生产与消费部门 -> 代表团与欧盟委员会可持续生产与消费部门磋商', '周能福 -> 代表团与欧盟委员会可持续生产与消费部门磋商']));
  });

  it('dates a talk during a one-day conference to that day, as a separate event', () => {
    const g = read(
      '中环联合张小丹总经理出席 中国太平洋经济合作全国委员会第十三届大会',
      '2017年12月21日上午，中国太平洋经济合作全国委员会（CNCPEC）第十三届大会在京召开。环境发展中心国际处处长陈刚、中环联合总经理张小丹出席会议。',
      '会议期间，张总和陈处长就未来开展环境保护、可持续发展领域合作与CNCPEC会长执行助理刘洋进行交流。',
    );
    expect(events(g)).toEqual(expect.arrayContaining(['张小丹与刘洋交流 2017-12-21', '中国太平洋经济合作全国委员会（CNCPEC）第十三届大会 2017-12-21']));
    expect(facts(g, 'PART_OF')).toEqual(['张小丹与刘洋交流 -> 中国太平洋经济合作全国委员会（CNCPEC）第十三届大会']);
    expect(facts(g, 'ATTENDED')).toEqual(expect.arrayContaining(['刘洋 -> 张小丹与刘洋交流', '张小丹 -> 张小丹与刘洋交流']));
  });

  it('reads a discussion during a visit (访德期间，与GIZ…进行了讨论) as the delegation\'s talk, part of the visit', () => {
    const g = read(
      '中德环境标志合作项目进展',
      '2017年11月21日-27日，中国环境标志代表团访德，经过双方进一步讨论，确定并签署了“中德环境标志空调共同标准”。',
      '访德期间，与GIZ项目负责人中德绿色消费合作未来工作计划和工作模式进行了讨论。',
    );
    const talk = g.entities.find((e) => e.label === 'Event' && e.properties.name === '代表团与德国国际合作机构讨论');
    expect(talk?.properties.startDate).toBe('2017-11');
    expect(facts(g, 'ATTENDED')).toContain('德国国际合作机构 -> 代表团与德国国际合作机构讨论');
  });

  it('reads a call paid during a meeting (会议期间，A会见了B) as its own event, part of the meeting', () => {
    // No seed sentence has this shape; it joins the 2017 conference report with the 2018 briefing's 会见 sentence.
    const g = read(
      '中环联合张小丹总经理出席 中国太平洋经济合作全国委员会第十三届大会',
      '2017年12月21日上午，中国太平洋经济合作全国委员会（CNCPEC）第十三届大会在京召开。',
      '会议期间，中环联合总经理张小丹、副总经理陈轶群会见了来访的美国 UL 全球副总裁 Alberto Uggetti先生。',
    );
    const call = g.entities.find((e) => e.label === 'Event' && e.properties.name === '张小丹会见Alberto Uggetti');
    expect(call?.properties.startDate).toBe('2017-12-21');
    expect(facts(g, 'PART_OF')).toEqual(['张小丹会见Alberto Uggetti -> 中国太平洋经济合作全国委员会（CNCPEC）第十三届大会']);
  });

  it('places a later talk in the visit it names (访德期间), not in the talk read before it', () => {
    // The 2017 visit report's consultation, followed by the project report's "访德期间" sentence.
    const g = read(
      '环境发展中心周能福书记率团出访比利时、德国 开展环境标志国际合作交流',
      '2017年11月21日-28日，环境发展中心党委书记周能福一行应邀出访比利时和德国，开展环境标志国际合作交流。',
      '受欧盟委员会邀请，代表团参加了欧盟环境标志理事会议，并向二十几个成员国代表介绍了中国环境标志计划。',
      '会议期间，代表团与欧盟委员会可持续生产与消费部门负责人就中欧环境标志合作进行了磋商，进一步明确了合作意向。访德期间，与GIZ项目负责人中德绿色消费合作未来工作计划和工作模式进行了讨论。',
    );
    const parts = facts(g, 'PART_OF');
    expect(parts).toEqual(expect.arrayContaining([expect.stringMatching(/^代表团与德国国际合作机构讨论 -> 环境发展中心周能福书记率团出访/u)]));
    expect(parts.some((p) => p.startsWith('代表团与德国国际合作机构讨论 -> 代表团与'))).toBe(false);
  });

  it('does not make a talk at the meeting itself (会上, no 期间) a second event', () => {
    const g = read(
      '中环联合张小丹总经理出席 中国太平洋经济合作全国委员会第十三届大会',
      '2017年12月21日上午，中国太平洋经济合作全国委员会（CNCPEC）第十三届大会在京召开。',
      '会上，张小丹总经理与CNCPEC会长执行助理刘洋进行交流。',
    );
    expect(events(g)).toHaveLength(1);
  });
});

describe('bodies and the meetings and bodies they belong to', () => {
  it('reads the body whose name opens a meeting\'s name as its convener (欧盟环境标志理事会 + 议)', () => {
    const g = read(
      '环境发展中心周能福书记率团出访比利时、德国 开展环境标志国际合作交流',
      '2017年11月21日-28日，环境发展中心党委书记周能福一行应邀出访比利时和德国，开展环境标志国际合作交流。',
      '受欧盟委员会邀请，代表团参加了欧盟环境标志理事会议，并向二十几个成员国代表介绍了中国环境标志计划。',
    );
    expect(facts(g, 'ORGANIZED')).toEqual(expect.arrayContaining(['欧盟环境标志理事会 -> 欧盟环境标志理事会议', '欧盟委员会 -> 欧盟环境标志理事会议']));
  });

  it('does not take the description after 作为 for the member that joins', () => {
    const g = read('中环联合简介', '中环联合作为国家级权威认证机构，2008年加入全球环境标志网络（GEN），2012年担任该组织理事至今。');
    expect(facts(g, 'MEMBER_OF').every((f) => f.startsWith('中环联合认证中心 -> '))).toBe(true);
    expect(facts(g, 'MEMBER_OF')).toContain('中环联合认证中心 -> 全球环境标志网络');
  });

  it('reads observer status as membership in the role of observer', () => {
    const g = read('中环联合张小丹总经理出席 中国太平洋经济合作全国委员会第十三届大会', '背景资料：太平洋经济合作理事会（PECC）是非政府间国际组织。PECC在亚太经合组织（APEC）中享有正式观察员地位。');
    const member = g.relationships.find((r) => r.type === 'MEMBER_OF');
    expect(facts(g, 'MEMBER_OF')).toEqual(['太平洋经济合作理事会 -> 亚太经合组织']);
    expect(member?.properties.role).toBe('official observer');
  });
});

describe('bodies taking part in programmes', () => {
  const involved = (g: Graph) =>
    g.relationships.filter((r) => r.type === 'INVOLVED_IN').map((r) => `${g.entities.find((e) => e.id === r.start)?.properties.name} -> ${g.entities.find((e) => e.id === r.end)?.properties.name} (${r.properties.role})`);

  it('reads a role noun after a programme (…清洁发展机制指定经营实体), the subject standing after 作为… or before 是', () => {
    const after = read(
      '“创新引领 助推绿色生产和消费”论坛在京召开',
      '全国碳排放管理标委会副主任孙翠华在发言中对中环联合认证中心取得的成绩表示赞赏，特别是作为国内第一家联合国批准的清洁发展机制指定经营实体，CEC积极参加国际、国内应对气候变化的温室气体减排核查核证工作。',
    );
    expect(involved(after)).toEqual(['中环联合认证中心 -> 清洁发展机制 (designated operational entity)']);
    const before = read('中环联合简介', '中环联合是联合国气候变化框架公约（UNFCCC）批准的中国首家清洁发展机制（CDM）指定经营实体（DOE），具有CDM全部（15个）业务领域审定与核查/核证资质。');
    expect(involved(before)).toEqual(['中环联合认证中心 -> 清洁发展机制 (designated operational entity)']);
  });

  it('reads the body carrying out a programme (X开展的…项目) and the one commissioning it (该项目受X委托)', () => {
    const g = read(
      '日本产业环境管理协会（JEMAI）到访中环联合',
      '3 月 13 日，日本产业环境管理协会（JEMAI）LCA 中心主任助理鹤田祥一郎先生到访中环联合。',
      '此次来访主要是就 JEMAI 开展的供应链碳减排项目进行国家情况调研。',
      '该项目受日本经济产业省委托，选取中国、泰国、印度等国家开展调研，并在日本进行项目试点。',
    );
    expect(involved(g)).toEqual(expect.arrayContaining(['日本产业环境管理协会 -> 供应链碳减排项目 (lead)', '日本经济产业省 -> 供应链碳减排项目 (commissioning agency)']));
  });

  it('reads a body acting through a programme (通过X计划，Y…资金投入) as its funder', () => {
    const g = read(
      '德国联邦环境部为基于生态系统的气候变化适应提供资金',
      '通过国际气候行动计划（International Climate Initiative），德国环境部现在针对基于生态系统的气候变化适应增加了大约 6000 万欧元的资金投入承诺。',
    );
    expect(involved(g)).toEqual(['德国联邦环境部 -> 国际气候行动计划 (funder)']);
  });

  it('reads work towards goals set in a document as a contribution to it', () => {
    const g = read('“创新引领 助推绿色生产和消费”论坛在京召开', '联合国环境署驻华代表处项目官员蒋南青向大家介绍了环境署在实现联合国可持续发展目标方面开展的工作。');
    expect(facts(g, 'CONTRIBUTED_TO')).toEqual(['联合国环境规划署 -> 可持续发展目标']);
  });
});

describe('positions of people listed with their units', () => {
  const positions = (g: Graph) =>
    g.relationships.filter((r) => r.type === 'HOLDS_POSITION').map((r) => `${g.entities.find((e) => e.id === r.start)?.properties.name} -> ${g.entities.find((e) => e.id === r.end)?.properties.name} (${r.properties.titleZh ?? r.properties.title})`);
  const visit = '3 月 13 日，日本产业环境管理协会（JEMAI）LCA 中心主任助理鹤田祥一郎先生、生态设计办公室主任片冈显先生到访中环联合，总经理张小丹、气候总监刘清芝以及环境发展中心国际处张云晓一同参加了此次会谈。';

  it('places a listed officer of a sibling unit (、生态设计办公室主任B) in the body both units belong to', () => {
    const held = positions(read('日本产业环境管理协会（JEMAI）到访中环联合', visit));
    expect(held).toContain('片冈显 -> 日本产业环境管理协会 (生态设计办公室主任)');
    expect(held).not.toContain('片冈显 -> LCA 中心 (生态设计办公室主任)');
    expect(held).toContain('鹤田祥一郎 -> LCA 中心 (主任助理)');
  });

  it('reads 代表 alone between a body and a name as a representative\'s title', () => {
    const held = positions(
      read('第二届循环经济采购大会', '可持续全球资源组织（Sustainable Global Resources）代表默文·琼斯（Mervyn Jones）在主旨发言中，从全球角度讲述了通过采购推动循环经济的重要性。'),
    );
    expect(held).toEqual(['默文·琼斯 -> 可持续全球资源组织 (代表)']);
  });

  it('reads a name right after an office, with no title, as staff of the body above it, the office for title', () => {
    const held = positions(read('日本产业环境管理协会（JEMAI）到访中环联合', visit));
    expect(held.filter((h) => h.startsWith('张云晓'))).toEqual(['张云晓 -> 环境发展中心 (国际处)']);
  });

  it('adds no untitled position where one was read already', () => {
    const held = positions(
      read(
        '美国 UL 全球副总裁到访中环联合',
        '3 月 26 日，中环联合总经理张小丹会见了来访的美国 UL 全球副总裁 Alberto Uggetti先生和 UL环境事业部大中华区总经理孙国辉女士等一行四人。',
        'UL孙国辉女士介绍了 UL 环境事业部有关绿色卫士室内空气质量认证（Green Guard）等业务情况。',
      ),
    );
    // A 事业部 is a body of its own: the post is there, not in UL as well.
    expect(held.filter((h) => h.startsWith('孙国辉'))).toEqual(['孙国辉 -> UL环境事业部 (大中华区总经理)']);
  });
});

describe('documents, the programmes they belong to and who leads them', () => {
  const plastics = '为应对全球塑料污染，“同一个地球网络”秘书处于2020年发起编制塑料指南倡议，可持续公共采购计划组织编制《同一个地球网络可持续采购计划塑料指南》和《运用可持续公共采购在旅游部门解决塑料污染问题的建议和指南》。';

  it('reads both titles of 《A》和《B》 as compiled by the programme and as parts of the initiative to write guides', () => {
    const parts = facts(read('“同一个地球网络” 可持续公共采购 塑料指南征集意见', plastics), 'PART_OF');
    expect(parts).toEqual(
      expect.arrayContaining([
        '同一个地球网络可持续采购计划塑料指南 -> SPP10YFP',
        '运用可持续公共采购在旅游部门解决塑料污染问题的建议和指南 -> SPP10YFP',
        '同一个地球网络可持续采购计划塑料指南 -> 塑料指南倡议',
        '运用可持续公共采购在旅游部门解决塑料污染问题的建议和指南 -> 塑料指南倡议',
      ]),
    );
  });

  it('reads 该指南 in mid-sentence as the guide the sentence opened with, not the resolution named just before', () => {
    const g = read(
      '“同一个地球网络” 可持续公共采购 塑料指南征集意见',
      plastics,
      '《同一个地球网络可持续采购计划塑料指南》（简称《塑料采购指南》）是“同一个地球网络”响应第四届联合国环境大会提出的“海洋塑料决议”的一个内容，该指南由SPP计划联合领导机构荷兰基础设施与环境部牵头。',
    );
    expect(facts(g, 'CONTRIBUTED_TO')).toContain('荷兰基础设施与环境部 -> 同一个地球网络可持续采购计划塑料指南');
    expect(facts(g, 'PUBLISHED').filter((f) => f.startsWith('荷兰'))).toEqual(['荷兰基础设施与环境部 -> 同一个地球网络可持续采购计划塑料指南']);
  });

  it('names no organiser from a clause that only describes where an event was held (在巴黎举行的…峰会上)', () => {
    const g = read(
      '“一个地球峰会”发布《一个地球宪章》',
      '倡导地区可持续发展理事会（ICLEI）、40个城市气候变化领导集团（C40 Cities Climate Leadership Group）和“气候与能源市长全球联盟（Global Covenant of Mayors for Climate & Energy）”今天在巴黎举行的“一个地球峰会（the One Planet Summit）”上宣布《一个地球宪章（the One Planet Charter）》。',
    );
    expect(facts(g, 'ORGANIZED').filter((f) => f.endsWith('一个地球峰会'))).toEqual([]);
  });
});

describe('where a company is and what it won where', () => {
  const midea = ['中环联合助力美的空调通过德国蓝天使认证', '在意大利米兰市 2018 年举行的空调博览会上。中国美的公司生产的功率 2.6 或 3.5 kW 并且使用 R-290 制冷剂的分体式空调荣获德国蓝色天使环境标志。'] as const;

  it('reads the country written in front of a name that does not carry it (中国美的公司) as where the company is', () => {
    const located = facts(read(...midea), 'LOCATED_IN');
    expect(located).toContain('美的 -> 中国');
    // A name that carries its country already is left to the curated geography.
    expect(facts(read('周能福书记率团出访德国', '在周书记见证下，中环联合认证中心与德国环境署（UBA）签署了中德环境标志空调共同标准。'), 'LOCATED_IN')).not.toContain('德国环境署 -> 德国');
  });

  it('reads a label won in a sentence set at an event (在…博览会上。) as awarded at that event', () => {
    const g = read(...midea);
    expect(facts(g, 'AWARDED')).toEqual(['空调博览会 -> 美的']);
    expect(g.relationships.find((r) => r.type === 'AWARDED')?.properties.title).toBe('蓝天使');
  });
});

describe('cooperation through support and partnership', () => {
  it('reads support given to another body (为美的…给予强有力的技术支持) as working with it', () => {
    const g = read(
      '中环联合助力美的空调通过德国蓝天使认证',
      // 美的 alone is ambiguous until the article has named the company in full.
      '中国美的公司生产的分体式空调荣获德国蓝色天使环境标志。',
      '中环联合积极帮助企业详细了解德国蓝天使认证审批流程，并协助双方无障碍交流，为美的顺利通过认证给予强有力的技术支持。',
    );
    expect(facts(g, 'COOPERATES_WITH')).toEqual(['中环联合认证中心 -> 美的']);
    expect(g.relationships.find((r) => r.type === 'COOPERATES_WITH')?.properties.kind).toBe('technical support');
  });

});

describe('projects named later in the sentence', () => {
  it('reads the bodies right before an unnamed 新项目 as leading the project the sentence then names', () => {
    const g = read(
      '联合国环境规划署和世界自然保护联盟启动基于生态系统的气候变化适应全球基金',
      '最近在西班牙马德里结束的联合国气候变化第 25 届缔约方大会上，德国联邦环境部宣布它将为联合国环境规划署-世界自然保护联盟新项目提供 2000 万欧元，这个项目的名称是“基于生态系统的气候变化适应执行和推广支持项目（Support for the Implementation and Upscaling of Ecosystem-based Adaptation）”。',
    );
    const project = '基于生态系统的气候变化适应执行和推广支持项目';
    expect(facts(g, 'ORGANIZED')).toEqual(expect.arrayContaining([`联合国环境规划署 -> ${project}`, `世界自然保护联盟 -> ${project}`]));
    expect(facts(g, 'ORGANIZED')).not.toContain(`德国联邦环境部 -> ${project}`);
    expect(facts(g, 'FUNDED')).toEqual([`德国联邦环境部 -> ${project}`]);
  });
});

describe('follow-up events of a programme', () => {
  it('reads a follow-up with no subject (后续…将组织举办…交流会) as part of the programme whose meeting the article reports, keeping listed words in its name', () => {
    const g = read(
      '亚太绿色公共采购网召开第二次会议',
      '2021年7月27日，亚太绿色公共采购网召开首次会议，会议由联合国环境署经济部可持续公共采购官员主持。',
      '后续在9月至11月将组织举办可持续基础设施、能效、制冷领域绿色公共采购的知识分享交流会。',
    );
    const followUp = g.entities.find((e) => e.label === 'Event' && e.properties.startDate === '2021-09');
    expect(followUp?.properties.name).toBe('可持续基础设施、能效、制冷领域绿色公共采购的知识分享交流会');
    expect(facts(g, 'PART_OF')).toContain('可持续基础设施、能效、制冷领域绿色公共采购的知识分享交流会 -> 亚太绿色公共采购网');
  });
});

describe('more ways the briefings state taking part', () => {
  it('reads a body that took part in this meeting (参与了本届年会的相关活动) as attending it', () => {
    const g = read(
      '2021可持续发展高级别政治论坛 “同一个地球网络”参与了相关活动',
      '2021年7月6日至15日，联合国经济社会理事会主持召开可持续发展高级别政治论坛2021届年会，“同一个地球网络”参与了本届年会的相关活动。',
    );
    expect(facts(g, 'ATTENDED').some((f) => f.startsWith('同一个地球网络 -> '))).toBe(true);
  });

  it('reads two bodies named as partners (A和B是…伙伴关系) as cooperating', () => {
    const g = read(
      '联合国环境规划署在世界城市论坛上启动新的社交平台',
      '阿布扎比环保局（EAD）和联合国环境规划署是长期的 AGEDI 执行伙伴关系，联合研究出了这个指标报告信息系统。',
    );
    expect(facts(g, 'COOPERATES_WITH')).toEqual(['阿布扎比环保局 -> 联合国环境规划署']);
  });

  it('reads the body that promotes a programme (由“X”推行的“…”) as leading it', () => {
    const g = read(
      '高级别部长宣言强调十年方案框架的重要性',
      '宣言强调在发达国家的示范作用下，逐步加大由“同一个地球网络”推行的“可持续消费和生产模式十年方案框架”（以下简称“十年方案框架”）的实施力度。',
    );
    expect(facts(g, 'INVOLVED_IN').some((f) => f.startsWith('同一个地球网络 -> '))).toBe(true);
  });
});

describe('events inside a multi-day forum (the seed briefing, whose contents page sets the articles)', () => {
  // The 2021 briefing: "2021年7月6日至15日…高级别政治论坛2021届年会", then "7月6日举行的循环经济主题的边会上…"
  // and "7月15日，成员国通过《2021年可持续发展高级别政治论坛部长级宣言》…".
  let seed: Graph;
  beforeAll(async () => {
    seed = (await seedGraph()).graph;
  });

  it('keeps one node for an event dated to its year in the contents and to its days in the text, and for 世界城市论坛 / 第十届世界城市论坛', () => {
    const events = seed.entities.filter((e) => e.label === 'Event');
    const hlpf = events.filter((e) => /可持续发展高级别政治论坛$/u.test(String(e.properties.name)));
    expect(hlpf.map((e) => [e.properties.startDate, e.properties.endDate])).toEqual([['2021-07-06', '2021-07-15']]);
    expect(events.filter((e) => /世界城市论坛$/u.test(String(e.properties.name)))).toHaveLength(1);
  });

  it('reads side events dated within the forum\'s days as part of it', () => {
    const parts = facts(seed, 'PART_OF');
    expect(parts).toEqual(expect.arrayContaining([expect.stringMatching(/^循环经济主题的边会 -> (?:2021年)?可持续发展高级别政治论坛$/u), expect.stringMatching(/^可持续发展主题边会 -> (?:2021年)?可持续发展高级别政治论坛$/u)]));
  });

  it('reads the adoption of the declaration on the last day as producing it, and part of the forum', () => {
    const adoption = seed.entities.find((e) => e.label === 'Event' && e.properties.startDate === '2021-07-15');
    expect(adoption?.properties.kind).toBe('adoption');
    const name = adoption!.properties.name;
    expect(facts(seed, 'PRODUCED').filter((f) => f.startsWith(`${name} -> `))).toEqual([`${name} -> 2021年可持续发展高级别政治论坛部长级宣言`]);
    expect(facts(seed, 'PART_OF')).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^${name.replace(/[《》()]/gu, '.')} -> (?:2021年)?可持续发展高级别政治论坛$`, 'u'))]));
  });
});

describe('memberships, commissions and owners written with asides', () => {
  it('reads the role after a body\'s name with an English aside (成为…委员会（…）新的执行委员), the person joining', () => {
    const g = read(
      '澳大利亚良好环境选择首席执行官成为新的执行委员',
      '澳大利亚良好环境选择首席执行官凯特·哈里斯（Kate Harris）本星期成为澳大利亚可持续城市环境委员会（The Australian Sustainable Built Environment Council, ASBEC）新的执行委员。',
    );
    expect(facts(g, 'MEMBER_OF')).toEqual(['凯特·哈里斯 -> 澳大利亚可持续城市环境委员会']);
    expect(g.relationships.find((r) => r.type === 'MEMBER_OF')?.properties.role).toBe('executive committee member');
  });

  it('reads membership of a committee whose name holds 委员 (批准为项目顾问委员会（MAC）成员)', () => {
    const g = read('可持续公共采购10年框架项目（SPP10YFP）', '再次以环境发展中心名义申请并批准为项目顾问委员会（MAC）成员，任期两年，2017-2019年。');
    expect(facts(g, 'MEMBER_OF')).toEqual(['环境发展中心 -> 项目顾问委员会']);
  });

  it('reads the bodies that jointly commissioned 本项目 (由A与B联合委托)', () => {
    const g = read(
      '中环联合认证中心承担的世行项目顺利通过终期评审',
      '中环联合认证中心承担的世行项目“通过国际合作促进中国清洁绿色低碳城市发展项目”顺利通过终期评审。',
      '本项目是由世界银行与全球环境基金联合委托的项目，在国家发改委的指导下，项目旨在总结我国第一、二批低碳试点城市的工作经验。',
    );
    const commissioners = g.relationships.filter((r) => r.type === 'INVOLVED_IN' && r.properties.role === 'commissioning agency').map((r) => g.entities.find((e) => e.id === r.start)?.properties.name);
    expect(commissioners.sort()).toEqual(['世界银行', '全球环境基金']);
  });

  it('reads a body\'s programme written with an aside and 的 (北欧部长委员会（…）的“…项目”)', () => {
    const g = read(
      '北欧部长委员会发布指南',
      '北欧部长委员会（The Nordic Council of Ministers）的“通过公共采购促进绿色增长项目”已经制定了招标时使用环境管理体系和环境标志的指南。',
    );
    expect(facts(g, 'OPERATES')).toEqual(['北欧部长理事会 -> 通过公共采购促进绿色增长项目']);
  });

  it('reads the team on the near side of a project workshop (A项目团队与B进行了…研讨) as taking part', () => {
    const g = read(
      '中日绿色供应链项目',
      '根据项目计划，2017年2月10日，中环联合项目团队与日方专家组进行了项目层面的研讨，对项目目的、计划进一步明确。',
    );
    expect(facts(g, 'ATTENDED')).toEqual([expect.stringMatching(/^中环联合认证中心 -> /u)]);
  });
});

describe('declared days', () => {
  it('reads the bodies that declare a day (A、B…和C把…定为第二个“蓝色天使日”) as its organisers', () => {
    const g = read(
      '第二个“蓝色天使日”',
      '德国联邦环境部、德国环保署（UBA）、环境标志评审委员会和RAL把2017年10月25日定为第二个“蓝色天使日（Blue Angel Event Day）”。',
    );
    const organisers = facts(g, 'ORGANIZED');
    expect(organisers).toHaveLength(4);
    expect(organisers).toEqual(expect.arrayContaining(['德国联邦环境部 -> 蓝色天使日', '德国环境署 -> 蓝色天使日', '德国质量保证与认证协会 -> 蓝色天使日', '环境标志评审委员会 -> 蓝色天使日']));
  });
});

describe('citations after a title', () => {
  it('reads the bodies and year in a citation after a title ((UNEP & ITC 2017)) as its publishers', () => {
    const g = read(
      '《产品可持续性信息提供指南》现在发布中文版',
      '《产品可持续性信息提供指南 (Guidelines for Providing Product Sustainability Information)》(UNEP & ITC 2017) 是一个地球网络关于提出有效的环境、社会和经济诉求的全球性指南,以便让消费者做出明智的选择。',
    );
    const published = g.relationships.filter((r) => r.type === 'PUBLISHED' && r.properties.method === 'pattern:cited-authors');
    expect(published.map((r) => g.entities.find((e) => e.id === r.start)?.properties.name).sort()).toEqual(['国际贸易中心', '联合国环境规划署']);
    expect(published.every((r) => r.properties.date === '2017')).toBe(true);
  });
});

describe('where sub-events were held', () => {
  it('holds a forum during the annual meeting where the meeting was, not in the regions its delegates came from', () => {
    const g = read(
      '中环联合张小丹总经理出席GEN 2017年会 并签署中日环境标志共同标准',
      '全球环境标志网络组织（GEN）2017年会及秋季理事会于2017年10月8日至13日在瑞典斯德哥尔摩召开，中环联合张小丹总经理作为GEN理事成员，代表中国环境标志参加了会议，并与来自欧洲、美洲、亚洲的40多位成员代表共同讨论全球环境标志的发展。年会期间，召开了“环境标志——从理论到行动”主题论坛，北欧部长理事会秘书长赫布罗滕、瑞典财政部副部长博隆德出席了会议。',
    );
    const forumPlaces = facts(g, 'HELD_IN').filter((f) => f.startsWith('环境标志——从理论到行动主题论坛'));
    expect(forumPlaces).toEqual(expect.arrayContaining(['环境标志——从理论到行动主题论坛 -> 斯德哥尔摩']));
    expect(forumPlaces.some((f) => /欧洲|美洲|亚洲/u.test(f))).toBe(false);
  });

  it('holds an event in the city when the sentence names the country too, and the city lies in the country', () => {
    const g = read(
      '中环联合张小丹总经理出席GEN 2017年会 并签署中日环境标志共同标准',
      '全球环境标志网络组织（GEN）2017年会及秋季理事会于2017年10月8日至13日在瑞典斯德哥尔摩召开，中环联合张小丹总经理作为GEN理事成员，代表中国环境标志参加了会议。',
    );
    const meeting = facts(g, 'HELD_IN').filter((f) => f.startsWith('全球环境标志网络组织（GEN）2017年会'));
    expect(meeting).toEqual(['全球环境标志网络组织（GEN）2017年会 -> 斯德哥尔摩']);
    expect(facts(g, 'LOCATED_IN')).toContain('斯德哥尔摩 -> 瑞典');
  });

  it('keeps a venue beside its city', () => {
    const g = readIssue(
      '2020年第二期',
      '首届绿色生产力论坛在京召开',
      '2019年12月6日，首届绿色生产力论坛在北京梅地亚中心召开。',
    );
    expect(facts(g, 'HELD_IN')).toEqual(expect.arrayContaining(['首届绿色生产力论坛 -> 北京', '首届绿色生产力论坛 -> 北京梅地亚中心']));
  });

  it('reads places joined by 和 or 、 as one list: where speakers or delegates came from is not where anything was held', () => {
    const g = read(
      '第二届循环经济采购大会在塔林召开',
      '134名专家2017年10月18-19日在爱沙尼亚塔林（Tallinn）召开“第二届循环经济采购大会”，讨论循环采购的发展和挑战。',
      '除了介绍欧盟政策最新发展以及丹麦和荷兰代表讲解了其循环经济采购的最佳实践案例外，这次大会举办了六场专题研讨会和一场“市场酒会（market lounge” session）”。',
    );
    // "六场专题研讨会" counts seminars; it names none, so it is no event of its own.
    expect(facts(g, 'HELD_IN').sort()).toEqual(['第二届循环经济采购大会 -> 塔林']);
    const seminars = read(
      '联合国环境署召开可持续公共采购研讨会',
      '来自亚洲、西欧、北非、拉丁美洲和加勒比海地区的政府代表和专家10月11-12日在法国巴黎、10月24-25日在哥伦比亚波哥大市（Bogotá）分别召开两场研讨会，讨论更新联合国环境署的可持续公共采购项目。',
    );
    // "两场研讨会" counts seminars and names none: the seminars go by what the heading says was held.
    expect(facts(seminars, 'HELD_IN').sort()).toEqual(['可持续公共采购研讨会 -> 巴黎', '可持续公共采购研讨会 -> 波哥大']);
  });

  it('gives a meeting during a trip to two countries neither of them, when its sentence does not say which', () => {
    const g = read(
      '环境发展中心周能福书记率团出访比利时、德国 开展环境标志国际合作交流',
      '2017年11月21日-28日，环境发展中心党委书记周能福一行应邀出访比利时和德国，开展环境标志国际合作交流。',
      '受欧盟委员会邀请，代表团参加了欧盟环境标志理事会议，并向二十几个成员国代表介绍了中国环境标志计划。',
    );
    const held = facts(g, 'HELD_IN');
    expect(held).toEqual(expect.arrayContaining([expect.stringMatching(/ -> 比利时$/u), expect.stringMatching(/ -> 德国$/u)]));
    expect(held.filter((f) => f.startsWith('欧盟环境标志理事会议'))).toEqual([]);
  });
});

describe('honours', () => {
  it('awards an honour to those named before its title, not to what the title names', () => {
    const g = read(
      '“创新引领 助推绿色生产和消费”论坛在京召开',
      '2017年11月29日，“创新引领 助推绿色生产和消费”论坛在北京召开。',
      '此外，大会授予曲格平先生和解振华先生“中国环境标志特别荣誉”，以感谢他们对中国环境标志事业做出的突出贡献。',
    );
    const awarded = facts(g, 'AWARDED');
    expect(awarded).toEqual(expect.arrayContaining([expect.stringMatching(/ -> 曲格平$/u), expect.stringMatching(/ -> 解振华$/u)]));
    expect(awarded.some((f) => f.endsWith('-> 中国环境标志'))).toBe(false);
  });
});

describe('names made from a clause', () => {
  it('ends an event name cut short before a bracket it would leave open', () => {
    const g = read(
      '国际合作动态',
      '中国环境保护部部长李干杰与联合国环境署执行主任（UN Environment Executive Director）埃里克·索尔海姆（Erik Solheim）2017年12月5日签署了战略合作协议。',
    );
    const events = g.entities.filter((e) => e.label === 'Event').map((e) => String(e.properties.name));
    expect(events.length).toBeGreaterThan(0);
    for (const name of events) expect(name).not.toMatch(/[（(《“][^）)》”]*$/u);
  });
});

describe('short titles', () => {
  it('reads 《指南》 as the guide the article named in full', () => {
    const g = read(
      '信息技术采购中解决劳工和人权问题的采购者指南',
      '《信息技术采购中解决劳工和人权问题的采购者指南》聚焦于采购商和采购实施，提出了采购示例和指导文件。',
      '《指南》由全球电子理事会组织制订，荷兰基础设施和水资源管理部参与了该项工作，来自不同利益相关方的采购商、制造商和技术专家提供了技术支持。',
    );
    expect(facts(g, 'PUBLISHED')).toContain('全球电子理事会 -> 信息技术采购中解决劳工和人权问题的采购者指南');
    expect(facts(g, 'PUBLISHED').some((f) => f.endsWith('-> 指南'))).toBe(false);
    // The bare word is no node of its own; its mentions count for the guide.
    expect(g.entities.some((e) => e.properties.name === '指南')).toBe(false);
    const guide = g.entities.find((e) => e.properties.name === '信息技术采购中解决劳工和人权问题的采购者指南')!;
    const mentions = g.relationships.find((r) => r.type === 'MENTIONS' && r.end === guide.id)!;
    expect(mentions.properties.count).toBe(3);
  });

  it('makes no node of a bare 《指南》 before the article has named a guide', () => {
    const g = read('全球电子理事会动态', '《指南》由全球电子理事会组织制订。');
    expect(g.entities.some((e) => e.properties.name === '指南')).toBe(false);
  });
});

describe('lists of work under a heading that names the body', () => {
  it('gives a subjectless bullet (- ⇒ 提供…，支持UNEP完成《…》) the body its heading names', () => {
    const g = read(
      '可持续公共采购10年框架项目（SPP10YFP）',
      '2017年中环联合参与的主要工作：',
      '- ⇒ 提供中国政府绿色采购情况调查，支持UNEP完成《[2017](#)年可持续公共采购全球评述》。',
    );
    expect(facts(g, 'CONTRIBUTED_TO')).toEqual([expect.stringMatching(/^中环联合认证中心 -> .*可持续公共采购全球评述$/u)]);
  });
});

describe('roles inside bodies', () => {
  it('reads taking on a body\'s secretariat (承担国际绿色采购网秘书处职能) as membership in the role of secretariat, since that year', () => {
    const g = read('绿色采购网-实现可持续生产和消费案例汇编', '经批准，中环联合于2019年开始承担国际绿色采购网秘书处职能，协调推进网络运行等相关事务。');
    const member = g.relationships.find((r) => r.type === 'MEMBER_OF');
    expect(facts(g, 'MEMBER_OF')).toEqual(['中环联合认证中心 -> 国际绿色采购网']);
    expect([member?.properties.role, member?.properties.since]).toEqual(['secretariat', '2019']);
  });

  it('reads the body leading a working group (…工作组由印度铁道部牵头) as its lead member', () => {
    const g = read(
      '基础设施建筑工作组征集可持续公共采购实践案例',
      '可持续公共采购计划应用实践工作组-基础设施/建筑工作组由印度铁道部牵头，旨在建筑和基础设施领域推行可持续公共采购实践。',
    );
    expect(facts(g, 'MEMBER_OF')).toEqual([expect.stringMatching(/^印度铁道部 -> .*工作组$/u)]);
  });
});
