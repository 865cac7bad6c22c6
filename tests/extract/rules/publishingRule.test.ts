import { describe, expect, it } from 'vitest';
import { publishingRule } from '../../../src/extract/rules/publishingRule.js';
import { readWith } from './readWith.js';

// Sentences written for this test in the briefings' style; bodies the seed briefings do not name.

describe('publishing: who issues a document', () => {
  it('gives the document to the programme named after its owner, not to the owner', async () => {
    const r = await readWith([publishingRule], '计划动态', '5月4日，“同一个地球网络”可持续粮食系统计划发布《学校食堂绿色采购报告》。');
    expect(r.facts('PUBLISHED')).toEqual([]);
    expect(r.facts('PART_OF')).toEqual(['学校食堂绿色采购报告 -> 可持续粮食系统计划']);
  });

  it('does not make a body the publisher when it only owns the unit that publishes', async () => {
    const r = await readWith([publishingRule], '采购指南', '亚洲开发银行下设的采购政策小组近日发布《医院耗材绿色采购指南》。');
    // Open-vocabulary discovery finds the unit by its ending (小组): the unit publishes, its owner does not.
    expect(r.facts('PUBLISHED')).toEqual(['采购政策小组 -> 医院耗材绿色采购指南']);
  });

  it('makes the body leading the writing its lead author, not its publisher', async () => {
    const r = await readWith([publishingRule], '采购指南', '《医院耗材绿色采购指南》由世界资源研究所牵头编写，日本环境协会提供了案例。');
    expect(r.facts('PUBLISHED')).toEqual([]);
    expect(r.facts('CONTRIBUTED_TO')).toEqual(['世界资源研究所 -> 医院耗材绿色采购指南']);
    const plain = await readWith([publishingRule], '采购指南', '《医院耗材绿色采购指南》由世界资源研究所制定。');
    expect(plain.facts('PUBLISHED')).toEqual(['世界资源研究所 -> 医院耗材绿色采购指南']);
  });

  it('gives the longer name, not the known one it opens with, when the text goes on spelling it', async () => {
    // The bracket sits inside the methodology's name: discovery reads the whole run as one document.
    const r = await readWith([publishingRule], '方法学', '2020年5月，联合国环境规划署发布可持续发展目标（SDG）12.7.1-公共采购指数方法学。');
    expect(r.facts('PUBLISHED')).toEqual(['联合国环境规划署 -> 可持续发展目标（SDG）12.7.1-公共采购指数方法学']);
    // With no name word at its end, the longer thing is unknown: no document at all.
    const open = await readWith([publishingRule], '方法学', '2020年5月，联合国环境规划署发布可持续发展目标（SDG）12.7.1相关评估的说明。');
    expect(open.facts('PUBLISHED')).toEqual([]);
  });

  it('still reads a list of publishers (regression)', async () => {
    const r = await readWith([publishingRule], '采购指南', '世界资源研究所和日本环境协会发布《医院耗材绿色采购指南》。');
    expect(r.facts('PUBLISHED').sort()).toEqual(['世界资源研究所 -> 医院耗材绿色采购指南', '日本环境协会 -> 医院耗材绿色采购指南']);
  });
});

describe('publishing: what a body means to do', () => {
  it('reads no publishing from 该协会将与…合作编制《Z》, but does from 于2021年编制了《Z》 (own sentences)', async () => {
    const r = await readWith(
      [publishingRule],
      '研讨会',
      '丹麦标准协会主任安娜·尼尔森在研讨会上表示，丹麦标准协会将与两家机构合作编制《北欧绿色产品互认指引》。芬兰环境研究院于2021年编制了《芬兰绿色采购手册》。',
    );
    expect(r.facts('PUBLISHED')).toEqual(['芬兰环境研究院 -> 芬兰绿色采购手册']);
  });
});
