import { describe, expect, it } from 'vitest';
import { persons } from '../../src/extract/discoverPersons.js';
import { isDepartmentName } from '../../src/extract/departmentName.js';

// People's names on sentences written for these tests, about people and bodies not in the seed.
const names = (sentence: string) => persons(sentence, []).map((p) => p.name);

describe('persons: names next to titles, and where a name ends', () => {
  it('reads given names holding characters that open verbs elsewhere (建, 强, 进) (own sentences)', () => {
    expect(names('资源循环署署长陈建宏主持会议。')).toEqual(['陈建宏']);
    expect(names('标准化研究院副院长周志强出席。')).toEqual(['周志强']);
    expect(names('罗建国当选为协会主席。')).toEqual(['罗建国']);
    // A surname with a verb after it is no name: 张 + 强调.
    expect(names('局长张强调，合作将继续。')).toEqual([]);
    expect(names('总经理王会见了代表团。')).toEqual([]);
  });

  it('ends a name before 分别, 随团 and 一行 (own sentences)', () => {
    expect(names('副总经理陈明分别介绍了进展。')).toEqual(['陈明']);
    expect(names('标准部主任韩婧随团参会。')).toEqual(['韩婧']);
    expect(names('日本环境协会事业部部长山田健一一行来访。')).toEqual(['山田健一']);
  });

  it('reads titles nobody listed before (总领事, 高级讲师, 署长) (own sentences)', () => {
    expect(names('中国驻奥克兰总领事馆总领事周明德见证签约。')).toEqual(['周明德']);
    expect(names('本次培训由高级讲师邹文静女士主讲。')).toEqual(['邹文静']);
    expect(names('陈建宏署长与欧文专员分别代表双方签字。')).toEqual(['陈建宏', '欧文']);
  });

  it('splits two dotted names joined by 与, and keeps each whole (own sentence)', () => {
    expect(names('费尔南达·桑托斯与卡洛斯·维加分别代表双方签字。')).toEqual(['费尔南达·桑托斯', '卡洛斯·维加']);
    expect(names('协会首席执行官马丁·杜布瓦（Martin Dubois）先生致辞。')).toEqual(['马丁·杜布瓦']);
  });
});

describe('departments: units of a body, not bodies', () => {
  it('tells a department from a ministry and from a unit named with its body', () => {
    for (const d of ['认证一部', '国际合作部', '标准研究部', '采购政策司', '消费与生产处', '秘书处']) expect(isDepartmentName(d), d).toBe(true);
    for (const m of ['环境部', '财政部', '生态环境部', '财政和公共信贷部', '农业农村部', '国合会秘书处', '太平洋涂料公司', '总部']) expect(isDepartmentName(m), m).toBe(false);
  });
});
