import { describe, expect, it } from 'vitest';
import { clauseRule } from '../../../src/extract/rules/clauseRule.js';
import { articleEventRule } from '../../../src/extract/rules/articleEventRule.js';
import { ledByRule } from '../../../src/extract/rules/ledByRule.js';
import { readWith } from './readWith.js';

// Sentences written for this test in the briefings' style, about bodies and documents the seed
// briefings do not name; one seed sentence as regression. Only the clause rule reads them.

describe('clause: subject list + verb + object list', () => {
  it('gives every listed subject the relation to every listed object', async () => {
    const r = await readWith([clauseRule], '研究机构发布采购指南', '2022年9月，世界资源研究所、瑞典环境科学研究院和荷兰瓦赫宁根大学联合发布《食品包装循环采购指南》和《校园餐饮碳足迹报告》。');
    expect(r.facts('PUBLISHED').sort()).toEqual([
      '世界资源研究所 -> 校园餐饮碳足迹报告',
      '世界资源研究所 -> 食品包装循环采购指南',
      '瑞典环境科学研究院 -> 校园餐饮碳足迹报告',
      '瑞典环境科学研究院 -> 食品包装循环采购指南',
      '荷兰瓦赫宁根大学 -> 校园餐饮碳足迹报告',
      '荷兰瓦赫宁根大学 -> 食品包装循环采购指南',
    ]);
    expect(r.props('PUBLISHED', 'method')).toContain('pattern:clause');
  });

  it('carries the subject into a clause that has none, and takes the verb row for the object kind', async () => {
    const r = await readWith([clauseRule], '工作进展', '亚洲开发银行于2021年发布了《绿色办公耗材采购手册》，并启动了“湄公河流域绿色采购示范”项目。');
    expect(r.facts('PUBLISHED')).toEqual(['亚洲开发银行 -> 绿色办公耗材采购手册']);
    expect(r.facts('ORGANIZED')).toEqual(['亚洲开发银行 -> 湄公河流域绿色采购示范项目']);
    expect(r.props('ORGANIZED', 'role')).toEqual(['launcher']);
  });

  it('reads co-authors working together (traditional characters) as authors and partners', async () => {
    const r = await readWith([clauseRule], '亞洲綠色採購', '韓國環境產業技術院與日本環境協會合作編寫了《亞洲電子產品綠色採購指南》。');
    expect(r.facts('CONTRIBUTED_TO').sort()).toEqual(['日本环境协会 -> 亚洲电子产品绿色采购指南', '韩国环境产业技术研究院 -> 亚洲电子产品绿色采购指南']);
    expect(r.props('CONTRIBUTED_TO', 'role')).toEqual(['author', 'author']);
    expect(r.facts('COOPERATES_WITH')).toEqual(['韩国环境产业技术研究院 -> 日本环境协会']);
  });

  it('reads the passive forms 由X资助的Y and Y由X资助, and a later clause doing it to the same project', async () => {
    const relative = await readWith([clauseRule], '工作进展', '由亚洲开发银行资助的“湄公河流域绿色采购示范”项目于2020年启动。');
    expect(relative.facts('FUNDED')).toEqual(['亚洲开发银行 -> 湄公河流域绿色采购示范项目']);
    const passive = await readWith([clauseRule], '工作进展', '“湄公河流域绿色采购示范”项目由亚洲开发银行资助，韩国环境产业技术研究院与日本环境协会合作实施，为期三年。');
    expect(passive.facts('FUNDED')).toEqual(['亚洲开发银行 -> 湄公河流域绿色采购示范项目']);
    expect(passive.facts('INVOLVED_IN').sort()).toEqual(['日本环境协会 -> 湄公河流域绿色采购示范项目', '韩国环境产业技术研究院 -> 湄公河流域绿色采购示范项目']);
    expect(passive.facts('COOPERATES_WITH')).toEqual(['韩国环境产业技术研究院 -> 日本环境协会']);
  });

  it('reads 双方 as the two sides of the signing the article reported', async () => {
    const r = await readWith([articleEventRule, clauseRule], '签署合作备忘录', '2024年2月6日，新加坡环境理事会与日本环境协会在吉隆坡签署《新日绿色标签合作备忘录》。双方将共同开展“东盟绿色标签互认研究”项目。');
    expect(r.facts('INVOLVED_IN').sort()).toEqual(['新加坡环境理事会 -> 东盟绿色标签互认研究项目', '日本环境协会 -> 东盟绿色标签互认研究项目']);
  });

  it('reads 指南由A与B合作编写 about the guide the article named', async () => {
    const r = await readWith([clauseRule], '发布采购指南', '2022年11月，亚洲开发银行发布《绿色办公室采购指南》。指南由世界资源研究所与日本环境协会合作编写，涵盖十二类产品。');
    expect(r.facts('CONTRIBUTED_TO').sort()).toEqual(['世界资源研究所 -> 绿色办公室采购指南', '日本环境协会 -> 绿色办公室采购指南']);
  });

  it('makes the bodies that launch a network its founding members', async () => {
    const r = await readWith([clauseRule], '网络', '2023年，联合国环境规划署和日本环境协会共同发起亚太区域政府绿色采购网络。');
    expect(r.facts('MEMBER_OF').sort()).toEqual(['日本环境协会 -> 亚太区域政府绿色采购网络', '联合国环境规划署 -> 亚太区域政府绿色采购网络']);
    expect(r.props('MEMBER_OF', 'role')).toEqual(['founding member', 'founding member']);
  });

  it('reads a verb leading another (牵头实施, 同意资助, 负责管理) with the relation of each', async () => {
    const r = await readWith([clauseRule], '项目进展', '世界资源研究所和亚洲开发银行牵头实施“湄公河绿色采购”项目，日本环境协会参与。');
    expect(r.facts('ORGANIZED').sort()).toEqual(['世界资源研究所 -> 湄公河绿色采购项目', '亚洲开发银行 -> 湄公河绿色采购项目']);
    expect(r.facts('INVOLVED_IN').sort()).toEqual(['世界资源研究所 -> 湄公河绿色采购项目', '亚洲开发银行 -> 湄公河绿色采购项目']);
    const funds = await readWith([clauseRule], '项目进展', '联合国开发计划署同意资助“湄公河绿色采购”项目。');
    expect(funds.facts('FUNDED')).toEqual(['联合国开发计划署 -> 湄公河绿色采购项目']);
  });

  it('reads the label a body founded, in the passive', async () => {
    const r = await readWith([clauseRule], '工作进展', '香港绿色标签计划由环保促进会于2000年创立。');
    expect(r.facts('OPERATES')).toEqual(['环保促进会 -> 香港环保标签']);
  });

  it('reads a seed sentence: two bodies launching a fund together', async () => {
    const r = await readWith([clauseRule], '基金启动', '2020年1月21日，联合国环境规划署和世界自然保护联盟（the International Union for Conservation of Nature, IUCN）共同启动了“基于生态系统的气候变化适应全球基金（Global Fund for Ecosystem-based Adaptation [2020-2024]）”。');
    expect(r.facts('ORGANIZED').sort()).toEqual(['世界自然保护联盟 -> 基于生态系统的气候变化适应全球基金', '联合国环境规划署 -> 基于生态系统的气候变化适应全球基金']);
  });

  it('carries the subjects of a scene clause (A和B经过…合作研究，形成了《Z》) as authors working together', async () => {
    const r = await readWith([clauseRule], '研究报告', '世界资源研究所和“亚洲城市可持续采购网络”经过一年的合作研究，形成了《亚洲城市公共食堂低碳采购研究：以曼谷、河内为例》报告。');
    expect(r.facts('CONTRIBUTED_TO').sort()).toEqual(['世界资源研究所 -> 亚洲城市公共食堂低碳采购研究：以曼谷、河内为例', '亚洲城市可持续采购网络 -> 亚洲城市公共食堂低碳采购研究：以曼谷、河内为例']);
    expect(r.props('CONTRIBUTED_TO', 'role')).toEqual(['author', 'author']);
    expect(r.facts('COOPERATES_WITH')).toEqual(['世界资源研究所 -> 亚洲城市可持续采购网络']);
    // Completing a step in a report's making is not writing it.
    const step = await readWith([clauseRule], '研究报告', '世界资源研究所于3月完成了《亚洲城市公共食堂低碳采购研究》的评审。');
    expect(step.facts('CONTRIBUTED_TO')).toEqual([]);
  });

  it('reads 经A评估/审核，B发布《Z》 as A reviewing Z, and 经A协调 as A involved in what B launched', async () => {
    const reviewed = await readWith([clauseRule], '标准发布', '经日本环境协会与韩国环境产业技术研究院审核后，泰国环境研究院发布了《亚洲绿色采购标准》。');
    expect(reviewed.facts('PUBLISHED')).toEqual(['泰国环境研究院 -> 亚洲绿色采购标准']);
    expect(reviewed.facts('CONTRIBUTED_TO').sort()).toEqual(['日本环境协会 -> 亚洲绿色采购标准', '韩国环境产业技术研究院 -> 亚洲绿色采购标准']);
    expect(reviewed.props('CONTRIBUTED_TO', 'role')).toEqual(['reviewer', 'reviewer']);
    const coordinated = await readWith([clauseRule], '项目启动', '经联合国环境规划署协调，日本环境协会于2021年6月组建“亚洲生态标签互认”项目。');
    expect(coordinated.facts('ORGANIZED')).toEqual(['日本环境协会 -> 亚洲生态标签互认项目']);
    expect(coordinated.facts('INVOLVED_IN')).toEqual(['联合国环境规划署 -> 亚洲生态标签互认项目']);
    // "经A邀请B审核" is not A's review.
    const invited = await readWith([clauseRule], '标准发布', '经日本环境协会邀请韩国环境产业技术研究院审核，泰国环境研究院发布了《亚洲绿色采购标准》。');
    expect(invited.facts('CONTRIBUTED_TO')).toEqual([]);
  });

  it('carries a head body past a clause it cannot read, and reads …，与A和B合作编写 as partners and co-authors', async () => {
    const r = await readWith([clauseRule], '研究报告', '世界资源研究所作为技术单位参与项目实施，与日本环境协会和泰国环境研究院合作编写了《湄公河生态标签比较研究》。');
    expect(r.facts('CONTRIBUTED_TO').sort()).toEqual(['世界资源研究所 -> 湄公河生态标签比较研究', '日本环境协会 -> 湄公河生态标签比较研究', '泰国环境研究院 -> 湄公河生态标签比较研究']);
    expect(r.facts('COOPERATES_WITH').sort()).toEqual(['世界资源研究所 -> 日本环境协会', '世界资源研究所 -> 泰国环境研究院']);
    const copula = await readWith([clauseRule], '联盟', '“亚洲生态标签联盟”是由日本环境协会发起的区域合作平台，负责实施“亚洲绿色采购示范”项目。');
    expect(copula.facts('INVOLVED_IN')).toEqual(['亚洲生态标签联盟 -> 亚洲绿色采购示范项目']);
    // A body owning what follows ("A的专家") is not the subject carried on.
    const owner = await readWith([clauseRule], '研究报告', '世界资源研究所的专家参与项目实施，编写了《湄公河生态标签比较研究》。');
    expect(owner.facts('CONTRIBUTED_TO')).toEqual([]);
  });

  it('reads a chain of passives (由A资助、B牵头的Y) and 该项目由A提供经费 about the programme the sentence opened with', async () => {
    const chain = await readWith([clauseRule, ledByRule], '项目进展', '由全球环境基金资助、联合国工业发展组织牵头的“东南亚绿色产品认证”项目完成第一阶段工作。');
    expect(chain.facts('FUNDED')).toEqual(['全球环境基金 -> 东南亚绿色产品认证项目']);
    // The funder does not lead it too.
    expect(chain.facts('ORGANIZED')).toEqual(['联合国工业发展组织 -> 东南亚绿色产品认证项目']);
    const funds = await readWith([clauseRule], '项目进展', '“湄公河绿色采购示范”项目旨在推动区域绿色采购，该项目由北欧部长理事会提供经费。');
    expect(funds.facts('FUNDED')).toEqual(['北欧部长理事会 -> 湄公河绿色采购示范项目']);
    // 报告由…: the report named just before, not the article's first document.
    const report = await readWith([clauseRule], '年会', '会议讨论了《亚洲绿色采购指南》。会议还发布了《亚洲绿色采购2023年度报告》，报告由世界资源研究所与日本环境协会合作编写。');
    expect(report.facts('CONTRIBUTED_TO').sort()).toEqual(['世界资源研究所 -> 亚洲绿色采购2023年度报告', '日本环境协会 -> 亚洲绿色采购2023年度报告']);
  });

  it('reads nothing when the object is only the head of a longer name the reader does not know', async () => {
    const r = await readWith([clauseRule], '工作进展', '2023年5月，日本环境协会正式加入全球环境标志网络（GEN）循环经济工作组。');
    expect(r.facts('MEMBER_OF')).toEqual([]);
    const known = await readWith([clauseRule], '工作进展', '2023年5月，日本环境协会正式加入全球环境标志网络（GEN）。');
    expect(known.facts('MEMBER_OF')).toEqual(['日本环境协会 -> 全球环境标志网络']);
  });

  it('reads nothing from a subject that is the object of an earlier verb, across 。 or ；, or from a verb naming a thing', async () => {
    const invited = await readWith([clauseRule], '工作进展', '加拿大标准协会邀请国际标准化组织发布《碳标签实施指南》。');
    expect(invited.facts('PUBLISHED')).toEqual([]);
    const split = await readWith([clauseRule], '工作进展', '世界资源研究所召开了年会；发布了《城市公共采购碳核算方法》。', '亚洲开发银行在会上致辞。发布了《绿色办公耗材采购手册》。');
    expect(split.facts('PUBLISHED')).toEqual([]);
    const noun = await readWith([clauseRule], '工作进展', '亚洲开发银行出席了“湄公河流域绿色采购示范”项目启动会。');
    expect(noun.facts('ORGANIZED')).toEqual([]);
    const hope = await readWith([clauseRule], '工作进展', '亚洲开发银行希望今后资助“湄公河流域绿色采购示范”项目。');
    expect(hope.facts('FUNDED')).toEqual([]);
  });
});

describe('clause: bodies seated in the programme the clauses before spoke of', () => {
  it('reads B和C为项目合作伙伴 after a chain of passives, past a clause that names nothing (own sentence)', async () => {
    const r = await readWith(
      [clauseRule],
      '东非绿色采购能力建设项目启动',
      '2022年3月2日，“东非绿色采购能力建设”项目在内罗毕启动。该项目由非洲开发银行（AfDB）资助，资助金额为60万美元，由肯尼亚国家清洁生产中心牵头实施，坦桑尼亚财政部和乌干达公共采购局为项目合作伙伴，为期两年。',
    );
    expect(r.facts('FUNDED')).toEqual(['非洲开发银行 -> 东非绿色采购能力建设项目']);
    expect(r.facts('ORGANIZED')).toEqual(['肯尼亚国家清洁生产中心 -> 东非绿色采购能力建设项目']);
    expect(r.facts('INVOLVED_IN').sort()).toEqual(['乌干达公共采购局 -> 东非绿色采购能力建设项目', '坦桑尼亚财政部 -> 东非绿色采购能力建设项目']);
    expect(r.props('INVOLVED_IN', 'role')).toEqual(['partner', 'partner']);
  });

  it('reads 由X负责执行 and B和C作为试点单位参与 (own sentence)', async () => {
    const r = await readWith(
      [clauseRule],
      '南美数字采购项目获得资助',
      '“南美数字采购”项目由德国国际合作机构（GIZ）资助，由联合国开发计划署负责执行，智利公共采购局和乌拉圭财政部作为试点单位参与。',
    );
    const roles = Object.fromEntries(r.facts('INVOLVED_IN').map((f, i) => [f.split(' -> ')[0], r.props('INVOLVED_IN', 'role')[i]]));
    expect(roles).toEqual({ 联合国开发计划署: 'implementing agency', 智利公共采购局: 'partner', 乌拉圭财政部: 'partner' });
  });

  it('reads 首批参与的有A、B和C等 for the initiative the sentence opens with (own sentences)', async () => {
    const r = await readWith(
      [clauseRule],
      '可持续公共采购城市倡议成立',
      '2022年5月3日，“可持续公共采购城市倡议”在里斯本成立。倡议旨在推动各城市采购官员之间的交流，首批参与的有丹麦环境保护委员会、西班牙公共采购局和摩洛哥财政部等9家机构。',
    );
    expect(r.facts('INVOLVED_IN').sort()).toEqual(['丹麦环境保护委员会 -> 可持续公共采购城市倡议', '摩洛哥财政部 -> 可持续公共采购城市倡议', '西班牙公共采购局 -> 可持续公共采购城市倡议']);
  });

  it('seats nobody in what is no programme, nor a list with other words in it (own sentences)', async () => {
    const doc = await readWith([clauseRule], '指南发布', '《东非绿色采购指南》由非洲开发银行编写，坦桑尼亚财政部和乌干达公共采购局为合作伙伴。');
    expect(doc.facts('INVOLVED_IN')).toEqual([]);
    const mixed = await readWith(
      [clauseRule],
      '项目启动',
      '“东非绿色采购能力建设”项目由非洲开发银行资助，坦桑尼亚财政部推荐的专家和乌干达公共采购局为项目合作伙伴。',
    );
    expect(mixed.facts('INVOLVED_IN')).toEqual([]);
  });
});

describe('clause: X与Y合作实施…项目', () => {
  it('gives the body heading the clause and its partner after 与 a part in the project, and makes them partners (own sentence)', async () => {
    const { operationsRule } = await import('../../../src/extract/rules/operationsRule.js');
    const r = await readWith(
      [operationsRule, clauseRule],
      '合作',
      '此前，挪威环境标志基金会已于2021年与丹麦标准协会合作实施了“北欧学校绿色采购示范”项目，覆盖挪威和丹麦两国。',
    );
    expect(r.facts('INVOLVED_IN').sort()).toEqual(['丹麦标准协会 -> 北欧学校绿色采购示范项目', '挪威环境标志基金会 -> 北欧学校绿色采购示范项目']);
    expect(r.facts('OPERATES')).toEqual([]);
    expect(r.facts('COOPERATES_WITH')).toEqual(['挪威环境标志基金会 -> 丹麦标准协会']);
  });

  it('does not take a body after 与 that only met the subject as a co-subject (own sentence)', async () => {
    const r = await readWith([clauseRule], '会谈', '挪威环境标志基金会于2021年与丹麦标准协会会谈后实施了“北欧学校绿色采购示范”项目。');
    expect(r.facts('INVOLVED_IN').filter((f) => f.startsWith('丹麦标准协会'))).toEqual([]);
  });
});

describe('clause: 该网络 for the network the article named', () => {
  it('reads 该网络由A于2019年发起 for the one network named before (own sentences)', async () => {
    const r = await readWith(
      [clauseRule],
      '网络年会',
      '2022年7月2日，“北欧循环采购城市网络”年度会议在奥斯陆召开。',
      '该网络由北欧部长理事会于2019年发起，目前有30个成员城市。',
    );
    expect(r.facts('MEMBER_OF').concat(r.facts('ORGANIZED'))).toEqual(['北欧部长理事会 -> 北欧循环采购城市网络']);
  });
});
