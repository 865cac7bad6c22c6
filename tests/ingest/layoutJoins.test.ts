import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../src/ingest/index.js';
import { displayWidth } from '../../src/ingest/textShape.js';
import { relayout } from '../metamorphic/transforms.js';

// Texts written for these tests in the briefings' style, about bodies of our own choosing. Each is
// column text (cut by counting characters) over a source whose own line ends a first export left
// where they fell: the reader must find the seams again without the marks that export had.
const lede = [
  '2019年5月8日，北欧生态标签组织秘书长卡琳·埃克隆德女士访问上海，与上海市绿色产品促进会就双方标准互认进行了会谈。',
  '双方回顾了过去三年在纺织品和清洁剂领域的合作成果，并就下一阶段的工作安排交换了意见。',
  '促进会会长王立新介绍了上海绿色采购的最新进展，表示愿意在更多产品领域开展合作。',
];

describe('seams a first export left inside a sentence', () => {
  it('a line opening on 的 (or on a word’s last character before 的) goes on from the line before, across a blank line', () => {
    const source = [
      ...lede,
      '双方商定由北欧生态标签组织牵头开',
      '展的联合评估工作将于年内完成，促进会将就互认细节与对方进行进一步',
      '的磋商，并于明年签署合作备忘录。',
      ...lede,
    ].join('\n\n');
    for (const style of ['single', 'double'] as const) {
      const text = normaliseText(relayout(source, { width: 15, style }));
      expect(text, style).toContain('双方商定由北欧生态标签组织牵头开展的联合评估工作将于年内完成，促进会将就互认细节与对方进行进一步的磋商，并于明年签署合作备忘录。');
    }
  });

  it('a title whose last word was set on a line of its own is one title again', () => {
    const source = [...lede, '北欧绿色采购合作\n项目', '1、2019.03：完成项目年度总结报告，并提交合作伙伴审议。', '2、2019.05：召开项目工作组会议。', ...lede].join('\n\n');
    const text = normaliseText(relayout(source, { width: 24, style: 'double' }));
    expect(text.split('\n')).toContain('北欧绿色采购合作项目');
    // the list under it stays a list
    expect(text.split('\n')).toContain('2、2019.05：召开项目工作组会议。');
  });

  it('a line that only looks like a word before 的 (我的, 新的) does not join a heading', () => {
    const source = ['绿色标签年度回顾', '新的一年里，北欧生态标签组织将继续扩大产品类别，并与亚洲伙伴加强合作。', ...lede].join('\n\n');
    const text = normaliseText(relayout(source, { width: 15, style: 'single' }));
    expect(text.split('\n')).toContain('绿色标签年度回顾');
  });
});

describe('page numbers among other numbers standing alone', () => {
  it('a section number printed like 02 does not break the run of page numbers', () => {
    // every paragraph its own words, so no line recurs the way a running header does
    const cities = ['赫尔辛基', '奥斯陆', '雷克雅未克', '哥本哈根', '斯德哥尔摩', '塔林', '里加', '维尔纽斯', '卑尔根', '图尔库', '马尔默', '奥胡斯'];
    const goods = ['家具', '纺织品', '清洁剂', '打印纸', '办公设备', '建筑涂料', '食品包装', '洗衣服务', '地板', '灯具', '床垫', '玩具'];
    const paras = cities.map((city, n) => `${2010 + n}年，北欧生态标签组织在${city}召开理事会，审议了${goods[n]}和${goods[(n + 5) % 12]}两类产品的标准修订草案，并请${city}代表团牵头后续工作。`);
    const source = [...paras.slice(0, 5), '02', '国际合作项目进展', ...paras.slice(5)].join('\n\n');
    const laid = relayout(source, { width: 16, style: 'single', banner: '绿色采购简报', pageLines: 12 });
    const text = normaliseText(laid);
    const lines = text.split('\n');
    // the page number after 02 goes with the others (before: 02 took its place in the run)
    for (let page = 1; page <= 4; page++) expect(lines).not.toContain(String(page));
    expect(text).not.toContain('绿色采购简报');
    expect(lines).toContain('02');
    // measured: 10 of the 12 paragraphs come out whole (a page break between two paragraphs of a
    // single-spaced column closes them up; a line beside the last page number goes as a footer)
    expect(paras.filter((p) => text.includes(p)).length).toBeGreaterThanOrEqual(10);
  });
});

describe('titles that fill the column', () => {
  const story = [
    '2018年6月12日，新西兰环境选择组织在惠灵顿召开了年度成员大会，四十余家获证企业的代表出席了会议。',
    '会议审议了地毯和室内涂料两项标准的修订草案，并决定在年内完成公众意见征集。',
  ];
  // a title exactly two column lines long (23 wide: 46 widths, longer than a one-line title), with
  // a dated story under it and a paragraph before it
  const title = '新西兰环境选择组织召开年度成员大会并审议地毯与室内涂料标准修订草案及办公家具互认工作进展通报';
  const before = '此前，该组织已与澳大利亚良好环境选择完成了办公家具标准的互认工作，双方将在下半年继续推进清洁剂标准的比对。';
  const source = ['目录', title, '北欧生态标签发布新版洗衣服务标准', before, title, ...story, '北欧生态标签发布新版洗衣服务标准', ...story].join('\n\n');

  it('stay off the dated story under them and off the paragraph before them', () => {
    const text = normaliseText(relayout(source, { width: 23, style: 'double' }));
    const lines = text.split('\n');
    expect(lines.filter((l) => l === title)).toHaveLength(2);
    expect(lines).toContain(before);
    expect(lines).toContain(story[0]);
  });

  it('stand alone in the contents list, two lines long, where they stand alone over their story', () => {
    // the contents list one block, its entries line under line
    const listed = ['目录', `${title}\n北欧生态标签发布新版洗衣服务标准`, before, title, ...story, '北欧生态标签发布新版洗衣服务标准', ...story].join('\n\n');
    const text = normaliseText(relayout(listed, { width: 23, style: 'single' }));
    expect(text.split('\n').filter((l) => l === title)).toHaveLength(2);
    expect(text.split('\n')).toContain('北欧生态标签发布新版洗衣服务标准');
  });

  it('a sentence three column lines long does not stop before a date that goes on in it', () => {
    // 60 characters without a clause mark, then the date at the start of the fourth line
    const sentence = '新西兰环境选择组织首席执行官罗伯特·斯坦福德与北欧生态标签组织秘书长卡琳·埃克隆德在惠灵顿举行的两国标准机构年度会晤期间2018年6月12日签署了合作备忘录。';
    const laid = relayout([...story, sentence, ...story, ...story].join('\n\n'), { width: 20, style: 'double' });
    expect(laid.split('\n')).toContain('2018年6月12日签署了合作备忘录。');
    expect(normaliseText(laid)).toContain(sentence);
  });

  it('a line that ends on a conjunction goes on, across a blank line', () => {
    const src = [...story, '请在此处填写年度数据或者', '主要成果', ...story].join('\n\n');
    const text = normaliseText(relayout(src, { width: 20, style: 'single' }));
    expect(text.split('\n')).toContain('请在此处填写年度数据或者主要成果');
  });
});

describe('a word cut in two where nothing else marks the seam', () => {
  it('goes on when its two characters stand side by side elsewhere in the document, again and again', () => {
    // "亚太" recurs in the text; the first export cut it after 亚 at a line of its own box
    const source = [
      '亚太区域绿色采购论坛于2019年在曼谷举行，亚太各国的采购官员交流了经验。',
      '论坛期间，亚太区域的十二个国家介绍了各自的绿色公共采购政策。',
      '泰国污染控制厅和新加坡环境理事会于去年十一月联合发起亚',
      '太区域绿色采购伙伴关系，以加强各国政府的能力建设。',
      '伙伴关系的秘书处设在曼谷，首批成员包括八个国家的采购主管部门。',
      '各成员同意每两年更新一次共同采购清单，并在区域网站上公布各国的采购数据。',
      '下一届论坛将于2021年在吉隆坡举行，届时将评估伙伴关系的第一阶段成果。',
    ].join('\n\n');
    const text = normaliseText(relayout(source, { width: 16, style: 'double' }));
    expect(text).toContain('泰国污染控制厅和新加坡环境理事会于去年十一月联合发起亚太区域绿色采购伙伴关系，以加强各国政府的能力建设。');
  });

  it('stops at a title whose last and next first characters make no word the document uses', () => {
    const source = [
      '亚太区域绿色采购论坛于2019年在曼谷举行，亚太各国的采购官员交流了经验。',
      '新加坡环境理事会更新绿色标签',
      '该理事会于2019年8月发布了新版办公设备标准，并邀请企业提交意见。',
      '论坛期间，亚太区域的十二个国家介绍了各自的绿色公共采购政策。',
      '各成员同意每两年更新一次共同采购清单，并在区域网站上公布各国的采购数据。',
      '下一届论坛将于2021年在吉隆坡举行，届时将评估伙伴关系的第一阶段成果。',
    ].join('\n\n');
    const text = normaliseText(relayout(source, { width: 16, style: 'double' }));
    expect(text.split('\n')).toContain('新加坡环境理事会更新绿色标签');
  });
});

describe('a column cut by counting characters, with many lines one character short of it', () => {
  // a story and a list of participants, each name one character short of the column (15 of 16):
  // lines that end where they end, and so pile up one short of the column beside the cut lines
  const prose = [
    '2019年9月17日，韩国环境产业技术院与泰国绿色设计网络在首尔签署了环境标志互认协议，双方将首先在复印机、打印机和办公家具三类产品上实现互认，并在两年内把互认范围扩大到建筑材料。',
    '协议签署后，两家机构将共同制订互认产品的检验规则，交换获证企业的名单，并每年召开一次技术工作组会议，评估互认的执行情况。首次工作组会议定于明年三月在曼谷举行。',
    '韩国环境产业技术院院长在签字仪式上表示，互认将降低企业重复检测的费用，帮助两国的绿色产品进入对方的政府采购清单，并为亚洲其他国家的环境标志机构提供一个可以借鉴的合作范例。',
    '泰国绿色设计网络的负责人介绍，泰国政府已把获得环境标志的产品列入公共采购的优先目录，今后获得韩国环境标志的产品也可以按照同样的程序申请列入该目录，不再需要重新提交全部检测报告。',
    '会后，双方代表参观了首尔市政府的绿色采购展示中心，了解了首尔市在办公用品、公务用车和公共照明领域推行绿色采购的做法，并就城市层面的合作交换了意见，同意把城市采购纳入下一阶段的合作计划。',
    '据介绍，韩国环境标志目前覆盖一百六十多类产品，获证产品超过一万五千种；泰国绿色标志覆盖六十多类产品。两国的政府采购部门每年都会公布绿色采购的金额和比例，并向社会发布年度报告。',
  ];
  const names = ['韩国环境产业技术院国际合作处长', '泰国绿色设计网络标准部门负责人', '首尔市政府绿色采购展示中心主任', '亚洲绿色采购网络秘书处项目官员', '日本环境协会生态标志事务局代表'];

  it('is still a count: the names stay apart, the cut sentences are whole', () => {
    for (const n of names) expect(displayWidth(n)).toBe(15);
    for (const [style, list] of [['double', names.join('\n\n')], ['single', names.join('\n')]] as const) {
      const source = [prose[0], prose[1], '出席签字仪式的还有', list, ...prose.slice(2)].join('\n\n');
      const laid = relayout(source, { width: 16, style });
      // (the names are a fifth as many as the lines cut at the column)
      const widths = laid.split('\n').filter((l) => l.trim() !== '').map(displayWidth);
      expect(widths.filter((w) => w >= 15.5).length).toBeLessThan(6 * widths.filter((w) => w >= 14.5 && w <= 15).length);
      const lines = normaliseText(laid).split('\n');
      for (const n of names) expect(lines, style).toContain(n);
      for (const p of prose) expect(lines, style).toContain(p);
    }
  });
});

describe('a dated title over its story, and a story led up to its date', () => {
  const before = '亚洲绿色采购网络成立于2014年，目前有来自十二个国家的三十多家成员机构。';
  const title = '2019年10月25日“绿色采购日”';
  const story = [
    '韩国环境产业技术院、泰国绿色设计网络和亚洲绿色采购网络把2019年10月25日定为第一个“绿色采购日”。希望借此提高公众的绿色消费意识，并推动各国政府优先采购环境标志产品。',
    '当天，三家机构在首尔、曼谷和东京同时举办了产品展示和采购培训活动，共有两千多名采购人员参加。',
  ];
  const source = [before, title, ...story, before].join('\n\n');

  it('a title exactly one column wide that the story’s first sentence says again, its date too, stands alone', () => {
    expect(displayWidth(title)).toBe(14);
    for (const style of ['double', 'single'] as const) {
      const lines = normaliseText(relayout(source, { width: 14, style })).split('\n');
      expect(lines, style).toContain(title);
      expect(lines, style).toContain(story[0]);
    }
  });

  it('a clause that ends on 把 (or 将, 由, 对…) goes on into the date on the next line', () => {
    // at 14 the clause "…网络把" fills two lines and the third opens on the date
    const plain = [before, '亚洲国家设立绿色采购日', ...story, before].join('\n\n');
    const laid = relayout(plain, { width: 14, style: 'double' });
    expect(laid.split('\n')).toContain('设计网络和亚洲绿色采购网络把');
    expect(laid.split('\n')).toContain('2019年10月25日定为第一个“绿');
    for (const style of ['double', 'single'] as const) expect(normaliseText(relayout(plain, { width: 14, style })).split('\n'), style).toContain(story[0]);
  });

  it('a title without a clause over its dated story still stands alone', () => {
    const plain = ['亚洲绿色采购网络召开成员大会', '2019年10月25日，亚洲绿色采购网络在首尔召开了第五次成员大会，十二个国家的代表出席了会议。'];
    const lines = normaliseText(relayout([before, ...plain, ...story, before].join('\n\n'), { width: 14, style: 'double' })).split('\n');
    for (const p of plain) expect(lines).toContain(p);
  });
});

describe('titles set over two lines', () => {
  const before = '亚洲绿色采购网络成立于2014年，目前有来自十二个国家的三十多家成员机构。网络每年举办一次论坛，交流各国政府绿色采购的政策和做法，并发布年度进展报告。';

  it('a title’s last word alone under a full line that closes on a quotation mark goes with it', () => {
    const title = '韩国环境标志荣获“亚洲绿色采购最佳实践”称号';
    const story = '2020年1月12日，亚洲绿色采购网络在曼谷举行年度论坛，向八家机构颁发了最佳实践证书，其中韩国环境标志荣获“亚洲绿色采购最佳实践”称号。';
    const source = [before, title, story, before].join('\n\n');
    // the line is the column's width and closes on ”; 称号 stands alone under it
    expect(relayout(source, { width: 20, style: 'double' }).split('\n')).toContain('称号');
    for (const style of ['double', 'single'] as const) {
      const lines = normaliseText(relayout(source, { width: 20, style })).split('\n');
      expect(lines, style).toContain(title);
      expect(lines, style).toContain(story);
    }
  });

  it('a title two full lines long over its dated story is one title, though the story repeats its first line', () => {
    const title = '新西兰环境选择强化纸制品认证加强全部获证企业森林防火管理';
    const story = '2019年9月19日，新西兰环境选择组织宣布，其2017年开始实施的强化纸制品认证计划已对十家企业进行了认证，获证企业每年还要接受一次森林防火审核。';
    expect(displayWidth(title)).toBe(28);
    const source = [before, title, story, before].join('\n\n');
    for (const style of ['double', 'single'] as const) {
      const lines = normaliseText(relayout(source, { width: 14, style })).split('\n');
      expect(lines, style).toContain(title);
      expect(lines, style).toContain(story);
    }
  });

  it('a headline one line wide over a story that repeats it stays apart from the story', () => {
    const title = '新西兰环境选择强化纸制品认证';
    const story = '新西兰环境选择组织宣布，其2017年开始实施的强化纸制品认证计划已对十家企业进行了认证，获证企业每年还要接受一次森林防火审核。';
    const lines = normaliseText(relayout([before, title, story, before].join('\n\n'), { width: 14, style: 'double' })).split('\n');
    expect(lines).toContain(title);
    expect(lines).toContain(story);
  });
});

describe('a full line that closes a quotation', () => {
  const before = '亚洲绿色采购网络成立于2014年，目前有来自十二个国家的三十多家成员机构。网络每年举办一次论坛，交流各国政府绿色采购的政策和做法，并发布年度进展报告。';
  const story = '2024年5月8日，亚洲绿色采购网络在曼谷举办了第十届论坛，来自十二个国家的采购官员和企业代表共一百五十人出席了会议。';

  it('inside a title (no clause so far) ends no sentence: the title goes on', () => {
    const title = '“绿色采购助力低碳城市”论坛在曼谷召开';
    const source = [before, title, story, before].join('\n\n');
    // at 12 the first line is “…” exactly
    expect(relayout(source, { width: 12, style: 'double' }).split('\n')).toContain('“绿色采购助力低碳城市”');
    for (const style of ['double', 'single'] as const) {
      const lines = normaliseText(relayout(source, { width: 12, style })).split('\n');
      expect(lines, style).toContain(title);
      expect(lines, style).toContain(story);
    }
  });

  it('after a clause, a quotation closing at a line end still ends the paragraph before a heading', () => {
    const said = '秘书长表示：“绿色采购助力低碳城市”';
    const source = [before, said, '亚洲绿色采购网络发布年度报告', story, before].join('\n\n');
    // at 9 the line "采购助力低碳城市”" closes the quotation exactly
    expect(relayout(source, { width: 9, style: 'double' }).split('\n')).toContain('采购助力低碳城市”');
    for (const style of ['double', 'single'] as const) {
      const lines = normaliseText(relayout(source, { width: 9, style })).split('\n');
      expect(lines, style).toContain(said);
      expect(lines, style).toContain('亚洲绿色采购网络发布年度报告');
    }
  });
});

describe('a list item of a narrow box, its rest on a line of its own', () => {
  const before = '亚洲绿色采购网络成立于2014年，目前有来自十二个国家的三十多家成员机构。网络每年举办一次论坛，交流各国政府绿色采购的政策和做法，并发布年度进展报告。';
  const items = ['1、2019.03：完成项目年度总结报告。', '2、2019.05：召开项目工作组会议。'];

  it('goes with its item where the list goes on after it', () => {
    const source = [before, '1. 亚洲绿色采购能力建设', '2. 东盟国家典型', '绿色产品标准比对', ...items, before].join('\n\n');
    for (const style of ['double', 'single'] as const) {
      const lines = normaliseText(relayout(source, { width: 20, style })).split('\n');
      expect(lines, style).toContain('2. 东盟国家典型绿色产品标准比对');
      expect(lines, style).toContain(items[0]);
    }
  });

  it('stays apart where prose follows it: a title after a list', () => {
    const source = [before, '1. 亚洲绿色采购能力建设', '2. 东盟国家典型产品', '新加坡发布年度报告', before, before].join('\n\n');
    const lines = normaliseText(relayout(source, { width: 20, style: 'double' })).split('\n');
    expect(lines).toContain('2. 东盟国家典型产品');
    expect(lines).toContain('新加坡发布年度报告');
  });
});

describe('a headline one column wide over a story that opens on a 《title》', () => {
  const before = '亚洲绿色采购网络成立于2014年，目前有来自十二个国家的三十多家成员机构。网络每年举办一次论坛，交流各国政府绿色采购的政策和做法。';
  const story = '《亚洲绿色采购网络采购指南》由网络秘书处编写，介绍了十二个成员国家的绿色采购政策和产品清单。';

  it('stands alone when the story says its words again', () => {
    const title = '亚洲绿色采购网络发布采购指南';
    expect(displayWidth(title)).toBe(14);
    const lines = normaliseText(relayout([before, title, story, before].join('\n\n'), { width: 14, style: 'double' })).split('\n');
    expect(lines).toContain(title);
    expect(lines).toContain(story);
  });

  it('goes on into the 《title》 when the sentence does not repeat it (prose)', () => {
    const sentence = '亚洲各国采购官员今年共同编写《绿色办公用品采购清单》，并在网络的网站上公布。';
    const lines = normaliseText(relayout([before, sentence, before].join('\n\n'), { width: 14, style: 'double' })).split('\n');
    expect(lines).toContain(sentence);
  });
});

describe('a line ending on an opening quotation mark', () => {
  it('goes on into the date that opens the next line', () => {
    const before = '亚洲绿色采购网络成立于2014年，目前有来自十二个国家的三十多家成员机构。网络每年举办一次论坛，交流各国政府绿色采购的政策和做法。';
    // at 20 the first line is "曼谷城市采购联盟是亚洲绿色采购网协调的“" and the next opens on 2020年
    const sentence = '曼谷城市采购联盟是亚洲绿色采购网协调的“2020年绿色城市项目”，它涉及六个城市的采购部门。';
    const laid = relayout([before, before, sentence, before, before].join('\n\n'), { width: 20, style: 'double' });
    expect(laid.split('\n')).toContain('曼谷城市采购联盟是亚洲绿色采购网协调的“');
    expect(normaliseText(laid).split('\n')).toContain(sentence);
  });
});
