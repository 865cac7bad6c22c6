import { describe, expect, it } from 'vitest';
import { partnersRule } from '../../../src/extract/rules/partnersRule.js';
import { cooperationRule } from '../../../src/extract/rules/cooperationRule.js';
import { readWith } from './readWith.js';

// Sentences written for this test in the briefings' style; bodies the seed briefings do not name.

describe('partners: X是Y的合作伙伴, X是Y的成员, apposition', () => {
  it('reads X是Y(重要)的合作伙伴 as cooperation, and refuses a partner inside a longer phrase', async () => {
    const r = await readWith([partnersRule], '合作伙伴', '世界资源研究所是亚洲开发银行重要的合作伙伴。', '瑞典环境科学研究院是联合国工业发展组织的长期合作伙伴，负责评估采购风险。');
    expect(r.facts('COOPERATES_WITH').sort()).toEqual(['世界资源研究所 -> 亚洲开发银行', '瑞典环境科学研究院 -> 联合国工业发展组织']);
    const not = await readWith([partnersRule], '合作伙伴', '世界资源研究所是亚洲开发银行推出的项目的合作伙伴。');
    expect(not.facts('COOPERATES_WITH')).toEqual([]);
  });

  it('reads membership stated with 是 and with 成员包括 (traditional characters too)', async () => {
    const r = await readWith([partnersRule], '成员', '環保促進會是全球環境標誌網絡的正式成員。', '全球环境标志网络的成员包括日本环境协会、韩国环境产业技术研究院和北欧生态标签组织。');
    expect(r.facts('MEMBER_OF').sort()).toEqual([
      '北欧生态标签组织 -> 全球环境标志网络',
      '日本环境协会 -> 全球环境标志网络',
      '环保促进会 -> 全球环境标志网络',
      '韩国环境产业技术研究院 -> 全球环境标志网络',
    ]);
  });

  it('reads a unit in apposition: Y下设的X, X（Y的下属机构）', async () => {
    const r = await readWith([partnersRule], '机构', '世界资源研究所下设的瑞典环境科学研究院近日发布报告。');
    expect(r.facts('MEMBER_OF')).toEqual(['瑞典环境科学研究院 -> 世界资源研究所']);
    const unit = await readWith([partnersRule], '机构', '德国联邦环境部下属机构德国环境署参与了评审。');
    expect(unit.facts('MEMBER_OF')).toEqual(['德国环境署 -> 德国联邦环境部']);
    // "下属机构" says a body follows: a label matched there heads a longer name, and nobody runs it here.
    const label = await readWith([partnersRule], '机构', '北欧生态标签组织下属机构北欧天鹅标签中心参与了评审。');
    expect(label.facts('OPERATES')).toEqual([]);
  });

  it('reads Y的X for a label a body runs, X（Y的下属机构）, and X——Y下的…之一', async () => {
    const label = await readWith([partnersRule], '标签', '北欧生态标签组织的北欧天鹅标签已覆盖四十类产品。');
    expect(label.facts('OPERATES')).toEqual(['北欧生态标签组织 -> 北欧天鹅']);
    const unit = await readWith([partnersRule], '机构', '瑞典环境科学研究院（世界资源研究所的下属机构）发布了报告。');
    expect(unit.facts('MEMBER_OF')).toEqual(['瑞典环境科学研究院 -> 世界资源研究所']);
    const part = await readWith([partnersRule], '计划', '可持续粮食系统计划——可持续消费和生产模式十年方案框架下的六个计划之一，于2024年召开年会。');
    expect(part.facts('PART_OF')).toEqual(['可持续粮食系统计划 -> 十年方案框架']);
  });

  it('gives nothing when the subject is not at the head of its clause', async () => {
    const r = await readWith([partnersRule], '合作伙伴', '亚洲开发银行认为世界资源研究所是联合国工业发展组织的合作伙伴。');
    expect(r.facts('COOPERATES_WITH')).toEqual([]);
  });
});

describe('precision guards shared by every rule (ruleKit.emit)', () => {
  it('makes no partner of the city where a signing took place', async () => {
    const r = await readWith([cooperationRule], '签署协议', '6月2日，世界资源研究所与亚洲开发银行在河内签署合作协议。');
    expect(r.facts('COOPERATES_WITH')).toEqual(['世界资源研究所 -> 亚洲开发银行']);
  });

  it('makes no partner of a place that begins a body\'s name the reader did not know', async () => {
    const r = await readWith([cooperationRule], '合作', '世界资源研究所与斯里兰卡国家清洁生产促进局合作开展培训。');
    // Discovery now knows the whole name by its ending; the place that begins it is never the partner.
    expect(r.facts('COOPERATES_WITH')).toEqual(['世界资源研究所 -> 斯里兰卡国家清洁生产促进局']);
  });

  it('reads the other country\'s body, not the known body of that name', async () => {
    const r = await readWith([cooperationRule], '合作', '世界资源研究所与斯里兰卡财政部合作开展绿色采购培训。');
    expect(r.facts('COOPERATES_WITH')).toEqual(['世界资源研究所 -> 斯里兰卡财政部']);
    const same = await readWith([cooperationRule], '合作', '世界资源研究所与中国财政部合作开展绿色采购培训。');
    expect(same.facts('COOPERATES_WITH')).toEqual(['世界资源研究所 -> 财政部']);
  });

  it('keeps a name with a region before 和 (not a glued list of bodies)', async () => {
    const { membershipRule } = await import('../../../src/extract/rules/membershipRule.js');
    const r = await readWith([membershipRule], '网络', '智利政府采购局于2022年加入拉丁美洲和加勒比可持续公共采购网络。');
    expect(r.facts('MEMBER_OF')).toEqual(['智利政府采购局 -> 拉丁美洲和加勒比可持续公共采购网络']);
  });

  it('reads no relation across a ；', async () => {
    const r = await readWith([partnersRule], '合作伙伴', '世界资源研究所发布了报告；日本环境协会是亚洲开发银行重要的合作伙伴。');
    expect(r.facts('COOPERATES_WITH')).toEqual(['日本环境协会 -> 亚洲开发银行']);
  });
});

describe('partners: X是Y成员 without 的', () => {
  it('reads X是Y（ABBR）成员 as membership, not X是Y成员国 (own sentences)', async () => {
    const r = await readWith([partnersRule], '合作', '挪威环境标志基金会是全球环境标志网络（GEN）成员，负责运营“北极熊”生态标签。');
    expect(r.facts('MEMBER_OF')).toEqual(['挪威环境标志基金会 -> 全球环境标志网络']);
    const state = await readWith([partnersRule], '合作', '挪威环境标志基金会所在的挪威是北欧理事会成员国。');
    expect(state.facts('MEMBER_OF')).toEqual([]);
  });
});
