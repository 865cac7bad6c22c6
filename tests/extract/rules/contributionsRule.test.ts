import { describe, expect, it } from 'vitest';
import { contributionsRule } from '../../../src/extract/rules/contributionsRule.js';
import { publishingRule } from '../../../src/extract/rules/publishingRule.js';
import { readWith } from './readWith.js';

// Sentences written for this test in the briefings' style. The document is the one the article
// publishes (read by the publishing rule, which sets the article's topic); the contributors are
// read by the contributions rule.

describe('contributions: who helped make a document', () => {
  it('reads 指南由X提供技术支持 with the agent of the passive as the contributor (own sentence)', async () => {
    const r = await readWith(
      [publishingRule, contributionsRule],
      '泰国发布绿色采购指南',
      '2022年3月2日，泰国财政部审计署发布《泰国绿色公共采购实施指南》。指南由联合国开发计划署提供技术支持。',
    );
    expect(r.facts('CONTRIBUTED_TO')).toEqual(['联合国开发计划署 -> 泰国绿色公共采购实施指南']);
    expect(r.props('CONTRIBUTED_TO', 'role')).toEqual(['technical support']);
  });

  it('gives every body of A和B参与了评审 and A和B为报告提供了案例 its role (own sentences)', async () => {
    const review = await readWith(
      [publishingRule, contributionsRule],
      '北欧发布碳足迹标注指南',
      '2022年4月1日，北欧生态标签组织发布《生态标签产品碳足迹标注指南》。指南由北欧生态标签组织秘书处编写，挪威环境标志基金会和丹麦标准协会参与了评审。',
    );
    expect(review.facts('CONTRIBUTED_TO').sort()).toEqual(['丹麦标准协会 -> 生态标签产品碳足迹标注指南', '挪威环境标志基金会 -> 生态标签产品碳足迹标注指南']);
    expect(review.props('CONTRIBUTED_TO', 'role')).toEqual(['reviewer', 'reviewer']);
    const cases = await readWith(
      [publishingRule, contributionsRule],
      '全球绿色采购现状报告发布',
      '2022年5月3日，世界资源研究所发布《全球绿色采购现状报告2022》。芬兰环境研究院和瑞典国家公共采购局为报告提供了案例。',
    );
    expect(cases.facts('CONTRIBUTED_TO').sort()).toEqual(['瑞典国家公共采购局 -> 全球绿色采购现状报告2022', '芬兰环境研究院 -> 全球绿色采购现状报告2022']);
    expect(cases.props('CONTRIBUTED_TO', 'role')).toEqual(['case submitter', 'case submitter']);
  });

  it('does not extend a subject in another clause to its co-subjects (own sentence)', async () => {
    const r = await readWith(
      [contributionsRule],
      '基金启动',
      '联合国开发计划署和北欧部长理事会共同启动了“北极适应基金”，其目的是通过种子资金，提供有针对性的快速支持机制。',
    );
    expect(r.facts('CONTRIBUTED_TO').filter((f) => f.startsWith('北欧部长理事会'))).toEqual([]);
  });
});

describe('contributions: 参与…的修订工作', () => {
  it('reads X参与《Y》的修订工作 as a revision and 参与了《Y》的起草 as authorship (own sentences)', async () => {
    const revision = await readWith([contributionsRule], '北欧标准', '目前，丹麦标准协会已参与《北欧纺织品生态标签标准》的修订工作。');
    expect(revision.facts('CONTRIBUTED_TO')).toEqual(['丹麦标准协会 -> 北欧纺织品生态标签标准']);
    expect(revision.props('CONTRIBUTED_TO', 'role')).toEqual(['revision']);
    const draft = await readWith([contributionsRule], '北欧标准', '挪威环境标志基金会参与了《北欧家具生态标签标准》的起草。');
    expect(draft.props('CONTRIBUTED_TO', 'role')).toEqual(['author']);
  });
});
