import { describe, expect, it } from 'vitest';
import { articleEventRule } from '../../../src/extract/rules/articleEventRule.js';
import { operationsRule } from '../../../src/extract/rules/operationsRule.js';
import { positionsRule } from '../../../src/extract/rules/positionsRule.js';
import { signingRule } from '../../../src/extract/rules/signingRule.js';
import { readWith } from './readWith.js';

describe('signing: X签署Y', () => {
  it('reads the bodies before 签署 as signing the agreement after it (own sentence)', async () => {
    const r = await readWith([signingRule], '中韩环境标志合作', '2019年3月12日，中环联合认证中心与韩国环境产业技术研究院签署了《环境标志互认合作协议》。');
    expect(r.facts('SIGNED').sort()).toEqual(['中环联合认证中心 -> 环境标志互认合作协议', '韩国环境产业技术研究院 -> 环境标志互认合作协议']);
  });

  it('reads witnesses in 在X的见证下 and does not make them signatories (own sentence)', async () => {
    const r = await readWith([signingRule], '互认协议签署', '在生态环境部的见证下，中环联合认证中心与德国质量保证与认证协会签署了《双边互认协议》。');
    expect(r.facts('WITNESSED')).toEqual(['生态环境部 -> 双边互认协议']);
    expect(r.facts('SIGNED')).not.toContain('生态环境部 -> 双边互认协议');
  });

  it('signs for the organisation of a person whose position positions read (own sentence)', async () => {
    const r = await readWith([positionsRule, signingRule], '合作备忘录签署', '中环联合认证中心总经理张小丹签署了《绿色采购合作备忘录》。');
    expect(r.facts('SIGNED').sort()).toEqual(['中环联合认证中心 -> 绿色采购合作备忘录', '张小丹 -> 绿色采购合作备忘录']);
  });

  it('records a skip when nobody is named before the verb (seed sentence)', async () => {
    const r = await readWith([signingRule], '环境标志互认', '该项标准的签署，标志着中日环境标志互认工作又迈出了新的一步，不仅有利于中日两国绿色贸易和绿色消费的发展，也是对GEN所倡导的全球生态标志互认合作的积极响应。');
    expect(r.facts('SIGNED')).toEqual([]);
    expect(r.skips).toEqual(['signing: no signing party named in the sentence']);
  });
});

describe('signing: signatures, anaphora and one agreement under several names', () => {
  it('reads 分别代表双方在…上签字 (traditional characters) as the people signing what the sentence signed (own text)', async () => {
    const r = await readWith(
      [positionsRule, signingRule],
      '香港環保促進會與環境與發展基金會簽署互認備忘錄',
      '2022年10月12日，香港環保促進會與財團法人環境與發展基金會在台北簽署《香港綠色標籤與台灣環保標章相互認可合作備忘錄》，香港環保促進會主席陳志明與基金會董事長林文雄分別代表雙方在備忘錄上簽字。',
    );
    expect(r.facts('SIGNED')).toEqual(
      expect.arrayContaining(['陈志明 -> 香港绿色标签与台湾环保标章相互认可合作备忘录', '林文雄 -> 香港绿色标签与台湾环保标章相互认可合作备忘录', '环境与发展基金会 -> 香港绿色标签与台湾环保标章相互认可合作备忘录']),
    );
    expect(r.graph.entities.filter((e) => e.label === 'Agreement')).toHaveLength(1);
  });

  it('takes 双方 of 双方分别在协议上签字 from the sentence before, and the agreement from the one before that (own text)', async () => {
    const r = await readWith(
      [signingRule],
      '东盟绿色采购论坛在吉隆坡召开',
      '2021年4月20日，东盟绿色采购论坛在马来西亚吉隆坡召开，会议审议了《东盟绿色公共采购合作协议》。菲律宾环境与自然资源部的代表和印度尼西亚环境和林业部的代表出席了会议。双方分别在协议上签字。',
    );
    expect(r.facts('SIGNED').sort()).toEqual(['印度尼西亚环境和林业部 -> 东盟绿色公共采购合作协议', '菲律宾环境与自然资源部 -> 东盟绿色公共采购合作协议']);
  });

  it('reads 签署了该协议 as the agreement named before, and invents no agreement called 该协议 (own text)', async () => {
    const r = await readWith(
      [signingRule],
      '瑞典与爱沙尼亚签署绿色采购合作协议',
      '《北欧—波罗的海绿色采购合作协议》草案于2022年初提交各方审议。2022年11月3日，瑞典环境保护局与爱沙尼亚环境部在塔林签署了该协议。',
    );
    expect(r.facts('SIGNED')).toContain('瑞典环保署 -> 北欧—波罗的海绿色采购合作协议');
    expect(r.graph.entities.map((e) => e.properties.name)).not.toContain('该协议');
  });

  it('skips 该协议 when the article named no agreement, rather than making one up (own sentence)', async () => {
    const r = await readWith([signingRule], '合作协议签署', '2022年11月3日，瑞典环境保护局与爱沙尼亚环境部在塔林签署了该协议。');
    expect(r.facts('SIGNED')).toEqual([]);
    expect(r.graph.entities.filter((e) => e.label === 'Agreement')).toEqual([]);
    expect(r.skips).toEqual(['signing: 该协议 refers to nothing the article signed or named']);
  });

  it('keeps one agreement when the heading names it shorter than the body (own text)', async () => {
    const r = await readWith(
      [signingRule],
      '菲律宾环境与自然资源部与泰国环境研究所签署绿色标签互认协议',
      '2021年3月9日，菲律宾环境与自然资源部与泰国环境研究所在曼谷签署《菲律宾生态标签与泰国绿色标签互认协议》。',
    );
    expect(r.graph.entities.filter((e) => e.label === 'Agreement').map((e) => e.properties.name)).toEqual(['菲律宾生态标签与泰国绿色标签互认协议']);
  });

  it('keeps two agreements apart when the second is not written within the first (seed sentence)', async () => {
    const r = await readWith(
      [positionsRule, signingRule],
      '生态环境部与联合国环境署签署战略合作协议',
      '中国环境保护部部长李干杰与联合国环境署执行主任（UN Environment Executive Director）埃里克·索尔海姆（Erik Solheim）2017年12月5日签署了战略合作协议。另外，中国—非洲环保合作中心代理主任周国梅同联合国环境署政策和计划司（the Policy and Programme Division）代理司长谢拉·阿加瓦尔（Sheila Aggarwal-Khan）还签署了小规模资助协议。',
    );
    const agreements = r.graph.entities.filter((e) => e.label === 'Agreement').map((e) => String(e.properties.name));
    expect(agreements).toHaveLength(2);
    expect(agreements.some((n) => n.endsWith('小规模资助协议'))).toBe(true);
  });

  it('dates an undated signing during a multi-day meeting to the month, the same date as its signing event (own text)', async () => {
    const r = await readWith(
      [articleEventRule, signingRule],
      '亚洲生态标签论坛在曼谷召开',
      '2019年6月3日至5日，亚洲生态标签论坛在泰国曼谷召开。会议期间，泰国环境研究所与韩国环境产业技术院签署了《环境标志互认合作备忘录》。',
    );
    expect(new Set(r.props('SIGNED', 'date'))).toEqual(new Set(['2019-06']));
    const signing = r.graph.entities.find((e) => e.label === 'Event' && e.properties.kind === 'signing');
    expect(signing?.properties).toMatchObject({ name: '环境标志互认合作备忘录签署', startDate: '2019-06', datePrecision: 'month' });
  });

  it('dates an undated signing at a one-day meeting to that day (own text)', async () => {
    const r = await readWith(
      [articleEventRule, signingRule],
      '绿色采购研讨会在首尔召开',
      '2019年9月17日，韩国环境产业技术院在首尔召开绿色采购研讨会。会上，韩国环境产业技术院与日本环境协会签署了《办公家具共同标准》。',
    );
    expect(new Set(r.props('SIGNED', 'date'))).toEqual(new Set(['2019-09-17']));
    expect(r.graph.entities.find((e) => e.label === 'Event' && e.properties.kind === 'signing')?.properties.startDate).toBe('2019-09-17');
  });
});

describe('signing: 双方 after a sentence that names the two sides', () => {
  it('reads 会上，双方签署了… as signed by the people the sentence before named, and their bodies (own text)', async () => {
    const r = await readWith(
      [positionsRule, articleEventRule, signingRule],
      '港韩环境标志合作年度会议在首尔召开',
      '2023年6月8日，港韩环境标志合作年度会议在韩国首尔召开。香港环保促进会总经理张伟与韩国环境产业技术院院长金正浩出席会议。会上，双方签署了《香港绿色标签与韩国环境标志办公家具共同标准》。',
    );
    expect(r.facts('SIGNED')).toEqual(expect.arrayContaining(['张伟 -> 香港绿色标签与韩国环境标志办公家具共同标准', '金正浩 -> 香港绿色标签与韩国环境标志办公家具共同标准']));
    expect(r.skips).toEqual([]);
  });
});

describe('signing: eco-labels named as the signing parties', () => {
  it('signs for the body the text says runs each label, and keeps one agreement (own text)', async () => {
    const r = await readWith(
      [articleEventRule, operationsRule, signingRule],
      '泰国绿色标签与新加坡绿色标签签署互认协议',
      '2021年3月9日，泰国绿色标签与新加坡绿色标签在曼谷签署《绿色标签互认协议》。泰国绿色标签由泰国环境研究所负责管理，新加坡绿色标签由新加坡环境理事会负责管理。',
    );
    expect(r.facts('SIGNED').sort()).toEqual(['新加坡环境理事会 -> 绿色标签互认协议', '泰国环境研究所 -> 绿色标签互认协议']);
    expect(r.graph.entities.filter((e) => e.label === 'Agreement')).toHaveLength(1);
  });

  it('gives a label no signature when no sentence says who runs it (own sentence)', async () => {
    const r = await readWith([operationsRule, signingRule], '绿色标签互认', '2021年3月9日，泰国绿色标签与新加坡绿色标签在曼谷签署《绿色标签互认协议》。');
    expect(r.facts('SIGNED')).toEqual([]);
    expect(r.skips).toEqual(['signing: no signing party named in the sentence']);
  });
});

describe('signing: the signers named after 代表双方签字的是', () => {
  it('reads 代表双方签字的是A和B as the people signing what the sentence before signed (own sentences)', async () => {
    const r = await readWith(
      [signingRule],
      '联盟与研究院签署合作谅解备忘录',
      '2022年3月2日，北欧生态标签联盟与亚洲生产力组织（APO）在奥斯陆签署了《生态标签合作谅解备忘录》。代表双方签字的是北欧生态标签联盟主席安娜·尼尔森和亚洲生产力组织研究部主任佐藤健（Ken Sato）。',
    );
    expect(r.facts('SIGNED').filter((f) => /安娜|佐藤/u.test(f)).sort()).toEqual(['佐藤健 -> 生态标签合作谅解备忘录', '安娜·尼尔森 -> 生态标签合作谅解备忘录']);
  });
});
