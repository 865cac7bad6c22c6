import { describe, expect, it } from 'vitest';
import { groupMembersRule } from '../../../src/extract/rules/groupMembersRule.js';
import { involvementRule } from '../../../src/extract/rules/involvementRule.js';
import { readWith } from './readWith.js';

// Sentences written for this test in the briefings' style, about bodies the seed briefings do
// not name together.

describe('group-members: 工作组由A牵头，B、C，D共同组成', () => {
  it('gives every member of a comma-cut list a part in the programme the sentence before named, the lead as lead', async () => {
    const r = await readWith([groupMembersRule], '项目进展', '“湄公河绿色采购示范”项目于2022年启动。工作组由亚洲开发银行牵头，世界资源研究所、日本环境协会，泰国环境研究院、独立顾问共同组成。');
    expect(r.facts('INVOLVED_IN').sort()).toEqual([
      '世界资源研究所 -> 湄公河绿色采购示范项目',
      '亚洲开发银行 -> 湄公河绿色采购示范项目',
      '日本环境协会 -> 湄公河绿色采购示范项目',
      '泰国环境研究院 -> 湄公河绿色采购示范项目',
    ]);
    const roles = Object.fromEntries(r.facts('INVOLVED_IN').map((f, i) => [f.split(' -> ')[0], r.props('INVOLVED_IN', 'role')[i]]));
    expect(roles['亚洲开发银行']).toBe('lead');
    expect(roles['日本环境协会']).toBe('member');
  });

  it('makes the members of a named group members of it, leads and seated partners alike', async () => {
    const composed = await readWith([groupMembersRule], '联盟成立', '亚洲生态标签联盟由日本环境协会牵头，韩国环境产业技术研究院、泰国环境研究院共同组成。');
    expect(composed.facts('MEMBER_OF').sort()).toEqual(['日本环境协会 -> 亚洲生态标签联盟', '泰国环境研究院 -> 亚洲生态标签联盟', '韩国环境产业技术研究院 -> 亚洲生态标签联盟']);
    // A bare 工作组 is the group the sentence before named.
    const seated = await readWith(
      [groupMembersRule, involvementRule],
      '工作组成立',
      '3月5日，亚洲开发银行召开会议，宣布成立绿色建材采购工作组。工作组由日本环境协会和泰国环境研究院共同牵头，世界资源研究所和韩国环境产业技术研究院担任技术伙伴。',
    );
    expect(seated.facts('MEMBER_OF').sort()).toEqual(['世界资源研究所 -> 绿色建材采购工作组', '日本环境协会 -> 绿色建材采购工作组', '泰国环境研究院 -> 绿色建材采购工作组', '韩国环境产业技术研究院 -> 绿色建材采购工作组']);
    expect(seated.facts('INVOLVED_IN')).toEqual([]);
  });

  it('gives a 项目工作组 to the project the article named last, not to the programme that formed it (own sentences)', async () => {
    const r = await readWith(
      [groupMembersRule],
      '项目进展',
      '“湄公河绿色采购示范”项目旨在推进区域绿色采购。',
      '经世界资源研究所协调，“东南亚可持续采购”计划于2021年4月组建项目工作组。工作组由亚洲开发银行牵头，日本环境协会、泰国环境研究院共同组成。',
    );
    expect(r.facts('INVOLVED_IN').sort()).toEqual(['亚洲开发银行 -> 湄公河绿色采购示范项目', '日本环境协会 -> 湄公河绿色采购示范项目', '泰国环境研究院 -> 湄公河绿色采购示范项目']);
    // A plain 工作组 stays with the programme that formed it.
    const plain = await readWith(
      [groupMembersRule],
      '项目进展',
      '“湄公河绿色采购示范”项目旨在推进区域绿色采购。',
      '经世界资源研究所协调，“东南亚可持续采购”计划于2021年4月组建工作组。工作组由亚洲开发银行牵头，日本环境协会、泰国环境研究院共同组成。',
    );
    expect(plain.facts('INVOLVED_IN').sort()).toEqual(['亚洲开发银行 -> 东南亚可持续采购计划', '日本环境协会 -> 东南亚可持续采购计划', '泰国环境研究院 -> 东南亚可持续采购计划']);
  });

  it('reads nothing when no group or programme is named before, or when other words stand in the list', async () => {
    const none = await readWith([groupMembersRule], '项目进展', '工作组由亚洲开发银行牵头，世界资源研究所和日本环境协会共同组成。');
    expect(none.facts('INVOLVED_IN')).toEqual([]);
    expect(none.skips).toContain('group-members: no group named or implied before 由…组成');
    const clause = await readWith([groupMembersRule], '项目进展', '“湄公河绿色采购示范”项目于2022年启动。工作组由亚洲开发银行邀请世界资源研究所的专家组成。');
    expect(clause.facts('INVOLVED_IN')).toEqual([]);
  });
});

describe('group members: B和C为成员 after the lead', () => {
  it('reads 工作组由A牵头，B（…）和C（…）为成员 and not 为工作组提供资金 (own sentence)', async () => {
    const r = await readWith(
      [groupMembersRule],
      '工作组',
      '循环纺织品工作组由丹麦环境保护署牵头，瑞典国家公共采购局（NAPP）和芬兰环境研究院（SYKE）为成员，冰岛环境署为工作组提供资金。',
    );
    expect(r.facts('MEMBER_OF').sort()).toEqual(['丹麦环境保护署 -> 循环纺织品工作组', '瑞典国家公共采购局 -> 循环纺织品工作组', '芬兰环境研究院 -> 循环纺织品工作组']);
  });
});
