import { describe, expect, it } from 'vitest';
import { discoverCandidates } from '../../src/extract/discover.js';
import { notANameBecause, isFieldWord } from '../../src/extract/discoverFilter.js';
import { gluedClauseEnd } from '../../src/extract/discoverPersons.js';
import { Gazetteer } from '../../src/extract/gazetteer.js';
import { readingRules } from '../../src/extract/rules/readingRules.js';
import { readWith } from './rules/readWith.js';

// A name made by a rule must be a name (issue 14): no head-counts, no verbs or particles glued on, no
// title or field words, no label taken for a person. Every sentence here is written for these tests,
// in the briefings' style, about people and bodies not in the seed.

/** The people discovery proposes in one sentence, after the name filter, with an empty gazetteer. */
const people = (sentence: string) =>
  discoverCandidates(sentence, new Gazetteer([]))
    .filter((c) => c.label === 'Person')
    .map((c) => c.name);

describe('head-counts are not people', () => {
  it('reads no one in 二十余名专家, 40余名委员, 三十多位代表, 数名观察员', () => {
    expect(people('来自18个国家的二十余名专家和40余名委员参加了研讨会。')).toEqual([]);
    expect(people('共有三十多位代表、数名观察员出席，约1万余名市民在线观看。')).toEqual([]);
  });

  it('refuses a count as a person however it was found', () => {
    for (const count of ['余名', '多名', '多位', '数名', '万余名', '几位', '三十名']) expect(notANameBecause(count, 'Person'), count).toBe('a counted phrase');
    // A surname and a given name that look like nothing counted stay.
    expect(notANameBecause('余明', 'Person')).toBeUndefined();
  });
});

describe('clause words glued onto a name', () => {
  it('cuts 任命, 邀请, 接替…的 off a transliterated name', () => {
    expect(people('该协会宣布任命索菲·勒菲弗为项目总监。')).toEqual(['索菲·勒菲弗']);
    expect(people('会议邀请卡琳·霍夫曼作主旨发言。')).toEqual(['卡琳·霍夫曼']);
    expect(people('理事会推选罗德·布朗为主席，接替任期届满的马库斯·怀特。')).toContain('马库斯·怀特');
    expect(people('理事会推选罗德·布朗为主席，接替任期届满的马库斯·怀特。').some((n) => /^[的替]/u.test(n))).toBe(false);
  });

  it('ends a transliterated name before 由, 任命, 聘请 after it', () => {
    expect(people('卡洛斯·门德斯由理事会任命为秘书长。')).toEqual(['卡洛斯·门德斯']);
    expect(people('理事长汉斯·韦伯任命安娜·科赫为项目总监。')).toEqual(['汉斯·韦伯', '安娜·科赫']);
    expect(people('汉斯·韦伯聘请专家组评审标准。')).toEqual(['汉斯·韦伯']);
    expect(people('主任王立群的发言受到欢迎。')).toEqual(['王立群']);
  });

  it('cuts 派, 请, 聘, 邀 only when something precedes them', () => {
    expect(gluedClauseEnd('特派翠克')).toBe(2);
    expect(gluedClauseEnd('派翠克')).toBe(0);
    expect(gluedClauseEnd('聘请汉斯')).toBe(2);
    expect(gluedClauseEnd('宣布任命克莱尔')).toBe(4);
    expect(gluedClauseEnd('克莱尔')).toBe(0);
  });

  it('reads the person a body appoints between the verb and the post (任命X为, 聘请X担任)', () => {
    expect(people('该联盟宣布任命刘思远为亚洲区域主任。')).toEqual(['刘思远']);
    expect(people('协会聘请周海宁担任技术顾问。')).toEqual(['周海宁']);
    // No post after the name: nothing proves a person.
    expect(people('理事会任命委员会为咨询机构。')).toEqual([]);
  });

  it('refuses a transliteration that opens on a clause word', () => {
    expect(notANameBecause('任命克莱尔·杜邦', 'Person')).toBe('a particle glued on in front');
    expect(notANameBecause('的约瑟夫·奥迪安博', 'Person')).toBe('a particle glued on in front');
    expect(notANameBecause('派翠克·史密斯', 'Person')).toBeUndefined();
  });
});

describe('words of speaking and signing end a Chinese name', () => {
  it('朱澍说 gives 朱澍; 致开幕辞, 致辞 and 签署 are no part of a name', () => {
    expect(people('协会秘书长朱澍说：“互认将减少企业的重复检测。”')).toEqual(['朱澍']);
    expect(people('研究院院长高文博说，标准将于明年实施。')).toEqual(['高文博']);
    expect(people('市政府副市长林思远致开幕辞，环保署署长郑海涛致辞。')).toEqual(['林思远', '郑海涛']);
    expect(people('基金会理事长孙澜签署了协议。')).toEqual(['孙澜']);
  });
});

describe('titles and fields are not people', () => {
  it('reads 总督 and 副总督 as titles, not as part of the name after them', () => {
    expect(people('澳大利亚总督彼得·汉密尔顿出席了颁奖典礼。')).toEqual(['彼得·汉密尔顿']);
    expect(people('沙特标准组织副总督纳赛尔·阿勒-哈比卜一行到访。')).toEqual(['纳赛尔·阿勒-哈比卜']);
  });

  it('reads no person in a field or a title before a title (商务领事, 行政主管, 市长气候…)', () => {
    expect(people('中国驻悉尼总领事馆商务领事吴凡见证了签署。')).toEqual(['吴凡']);
    expect(people('市长气候与能源盟约亚洲办公室主任陈立出席。')).toEqual(['陈立']);
    expect(people('研究院行政主管陈梅主持。')).toEqual(['陈梅']);
  });

  it('refuses title words, fields and labels as people, as a class', () => {
    for (const w of ['董事长', '专务', '行政', '兼秘书长', '暨副主任', '采购总监']) expect(notANameBecause(w, 'Person'), w).toBe('a title word');
    for (const w of ['商务', '认证', '气候', '认证本', '技术处', '国际合作', '市场营销']) expect(notANameBecause(w, 'Person'), w).toBe('a field of work');
    for (const w of ['天鹅标签', '蓝天使标志', '能源之星计划', '可持续采购联盟', '绿色采购中心']) expect(notANameBecause(w, 'Person'), w).toBe('a label, body or programme by its ending');
  });

  it('keeps real names that share a character with a field or a count', () => {
    for (const n of ['商晓燕', '任文博', '余名扬', '陈认真', '田中美智子', '玛丽安·费舍尔']) expect(notANameBecause(n, 'Person'), n).toBeUndefined();
    expect(isFieldWord('商晓燕')).toBe(false);
  });
});

describe('Japanese names kept whole', () => {
  it('keeps 山田花子, 佐藤一郎 before 女士/先生 and 田中美智子 after a title', () => {
    expect(people('日本环境协会理事长山田花子女士和部长佐藤一郎先生出席。')).toEqual(['山田花子', '佐藤一郎']);
    expect(people('协会局长田中美智子出席。')).toEqual(['田中美智子']);
    expect(people('山田花子女士介绍了日本生态标志的新标准。')).toEqual(['山田花子']);
    expect(people('佐藤一郎先生出席。')).toEqual(['佐藤一郎']);
    // A Chinese compound surname takes four characters as well, never the last three (阳明华).
    expect(people('会上，欧阳明华先生介绍了经验。')).toEqual(['欧阳明华']);
  });
});

describe('a short form resolves to the one person of the briefing it stands for', () => {
  /** The persons of a one-article briefing read with every rule, and the mentions of each. */
  const build = async (heading: string, ...paragraphs: string[]) => {
    const { graph } = await readWith(readingRules, heading, ...paragraphs);
    const persons = graph.entities.filter((e) => e.label === 'Person').map((e) => String(e.properties.name));
    const mentionsOf = (name: string) => {
      const id = graph.entities.find((e) => e.properties.name === name)?.id;
      return graph.relationships.filter((r) => r.type === 'MENTIONS' && r.end === id).length;
    };
    return { persons, mentionsOf };
  };

  it('费舍尔女士 after 玛丽安·费舍尔 is her, not a second person', async () => {
    const { persons } = await build(
      '北欧可持续采购中心代表团到访',
      '2025年3月4日，北欧可持续采购中心首席顾问玛丽安·费舍尔女士一行三人到访绿色产品认证中心。',
      '费舍尔女士介绍了北欧公共采购的经验。',
    );
    expect(persons).toContain('玛丽安·费舍尔');
    expect(persons).not.toContain('费舍尔');
  });

  it('a family name two persons share is neither, and no person of its own', async () => {
    const { persons } = await build(
      '两国标签机构会谈',
      '2025年5月6日，北欧标签中心主任安娜·林德与南方认证协会秘书长埃里克·林德在奥斯陆会谈。',
      '林德女士表示，希望扩大互认范围。',
    );
    expect(persons).toEqual(expect.arrayContaining(['安娜·林德', '埃里克·林德']));
    expect(persons).not.toContain('林德');
  });

  it('张主任 alone is no person 张; with one 张 in the briefing it is him', async () => {
    const alone = await build('标准交流', '2025年6月3日，张主任会见了来访的代表团。');
    expect(alone.persons).toEqual([]);
    const { persons } = await build('标准交流', '2025年6月3日，绿色产品认证中心主任张立文会见了来访的代表团。', '张主任介绍了中心的认证业务。');
    expect(persons).toEqual(['张立文']);
    const two = await build('标准交流', '2025年6月3日，绿色产品认证中心主任张立文和副主任张海燕会见了来访的代表团。', '张主任介绍了中心的认证业务。');
    expect(two.persons.sort()).toEqual(['张海燕', '张立文'].sort());
  });
});
