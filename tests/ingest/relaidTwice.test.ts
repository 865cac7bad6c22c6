import { describe, expect, it } from 'vitest';
import { normaliseText, segmentArticles } from '../../src/ingest/index.js';
import { stripPageFurniture } from '../../src/ingest/pageFurniture.js';
import { relayout } from '../metamorphic/transforms.js';

// Short texts written for these tests in the style of the briefings' news pages (the bodies,
// people and dates are made up). A narrow PDF column's text, page numbers and all, laid out
// again in a narrower column, as a second export or a re-flowing reader does: every line of the
// first column is cut once more, into a full piece and a short rest, and the first layout's page
// numbers stand inside the text between the second layout's own.

const items = [
  '北欧生态标签组织召开2023年度理事会会议',
  '2023年9月14日，北欧生态标签组织2023年度理事会会议在挪威奥斯陆召开。来自丹麦、芬兰、冰岛、挪威和瑞典的理事出席了会议。会议审议通过了《北欧生态标签2024—2026年战略》，并选举瑞典标准协会标签部主任英格丽德·伯格（Ingrid Bergström）为理事会主席。',
  '德国蓝天使标志发布数据中心新标准',
  '2023年10月5日，德国联邦环境署发布了数据中心蓝天使标志的修订标准。新标准对能源效率、废热利用和可再生电力比例提出了更高要求，德国联邦环境署产品部负责人马库斯·舒尔茨（Markus Schulz）介绍了修订要点。',
  '韩国环境产业技术研究院访问新加坡',
  '2023年11月20日，韩国环境产业技术研究院代表团访问新加坡环境理事会，双方就两国环境标志互认协议的续签进行了会谈，并同意在2024年底前完成办公设备标准的比对工作。新加坡环境理事会执行主任陈美玲出席会谈。',
];

/** The first layout: a sharp column 20 ideographs wide, double-spaced, with page numbers and a banner. */
const firstLayout = relayout(items.join('\n\n'), { width: 20, style: 'double', banner: '国际生态标签动态', pageLines: 14 });

describe('a narrow column text laid out again in a narrower column', () => {
  const once = normaliseText(firstLayout);
  for (const width of [12, 14, 16]) {
    for (const style of ['double', 'single'] as const) {
      it(`reads the same at width ${width}, ${style}-spaced, as the first layout does`, () => {
        const twice = normaliseText(relayout(firstLayout, { width, style, pageLines: 40 }));
        for (const paragraph of items) expect(twice.split('\n')).toContain(paragraph);
        expect(twice).toBe(once);
      });
    }
  }

  it('reads the first layout whole too', () => {
    for (const paragraph of items) expect(once.split('\n')).toContain(paragraph);
  });
});

describe('page numbers of two layouts, interleaved', () => {
  // page numbers of an inner layout (every 9 lines) and an outer one (every 7 lines)
  const words = ['标准', '标志', '认证', '采购', '能效', '包装', '纸张', '家具'];
  const body = Array.from({ length: 24 }, (_, n) => `${words[n % 8]}${words[(n + 3) % 8]}${words[Math.floor(n / 8)]}的要求，由协会编写说明`);
  const lines: string[] = [];
  body.forEach((line, n) => {
    lines.push(line, '');
    if ((n + 1) % 9 === 0) lines.push(String((n + 1) / 9), '');
    if ((n + 1) % 7 === 0) lines.push(String((n + 1) / 7), '');
  });

  it('drops both runs and keeps every line of the text', () => {
    const kept = stripPageFurniture(lines).filter((l) => l.trim() !== '');
    expect(kept).toEqual(body);
  });

  it('keeps a line that stands beside two page breaks close together, which is printed once', () => {
    const text = ['甲'.repeat(12), ...body.slice(0, 8), '英格丽德', '', '1', '', '2', ...body.slice(8, 16), '', '3', '', '4', ''];
    // "英格丽德" is the only short line beside the breaks "1" and "2": no running header
    expect(stripPageFurniture(text.flatMap((l) => (l === '' ? [l] : [l, '']))).filter((l) => l.trim() !== '')).toContain('英格丽德');
  });
});

describe('a short last page', () => {
  it('drops the number of a last page holding one line, which falls inside a 《title》', () => {
    const text = relayout(
      [
        '菲律宾绿色选择标签更新',
        '2023年8月，菲律宾环境管理局更新了绿色选择标签的认证程序，并发布了《公共建筑节能照明采购标准》。',
      ].join('\n\n'),
      { width: 12, style: 'double', pageLines: 9 },
    );
    const normalised = normaliseText(text);
    expect(normalised).toContain('《公共建筑节能照明采购标准》');
    expect(normalised).not.toMatch(/^\d+$/m);
  });
});

describe('news items dated day first (24.10.2018)', () => {
  // headlines exactly one column line wide, each over a date line printed day first
  const news = [
    '泰国绿色标签新增家具产品类别',
    '17.03.2022',
    '泰国环境研究所宣布，泰国绿色标签新增办公家具和儿童家具两个产品类别，首批认证将于年内完成。',
    '日本生态标志发布新版纺织品标准',
    '02.05.2022',
    '日本环境协会发布了纺织品生态标志的新版标准，对再生纤维的比例和有害化学物质的限量作出规定。',
    '香港环保促进会启动绿色餐饮计划',
    '21.06.2022',
    '香港环保促进会启动绿色餐饮计划，首批参与的四十家餐厅承诺减少一次性餐具的使用。',
  ];

  it('keeps each headline that fills the column apart from its date line, and each item an article', () => {
    const text = normaliseText(relayout(news.join('\n\n'), { width: 14, style: 'double', pageLines: 40 }));
    for (const headline of [news[0]!, news[3]!, news[6]!]) expect(text.split('\n')).toContain(headline);
    const titles = segmentArticles(text).map((a) => a.title);
    expect(titles).toEqual([news[0], news[3], news[6]]);
  });
});

describe('a headline exactly one column line wide over its story, with no date line between', () => {
  // width 12: each headline fills one column line exactly; the stories open without a date
  const news = [
    '瑞士生态标签组织发布年度报告。',
    '智利环境部加入全球生态标签网络',
    '智利环境部国家标准司今年正式加入全球生态标签网络，成为该网络在南美洲的第三个成员。',
    '越南绿色标签新增两类办公产品',
    '越南环境总局宣布，越南绿色标签新增打印机和复印纸两类产品，相关标准将于明年实施。',
    '印尼启动“绿色学校采购计划”',
    '印尼教育部表示，“绿色学校采购计划”将覆盖全国两千所公立学校的课桌椅和照明采购。',
    // a paragraph whose first line (12 wide) ends on 发起, and whose next line carries the clause on
    '新西兰环境标签由政府发起并由独立机构管理，新西兰环境标签已覆盖建材、清洁用品和纸制品等类别。',
  ];
  const text = normaliseText(relayout(news.join('\n\n'), { width: 12, style: 'double', pageLines: 40 }));

  it('keeps the headline apart when the story says its words again', () => {
    expect(text.split('\n')).toContain('智利环境部加入全球生态标签网络');
    expect(text.split('\n')).toContain(news[2]);
    expect(text.split('\n')).toContain('印尼启动“绿色学校采购计划”');
  });

  it('joins a full first line to a next line that carries its clause on (并…), repeated words or not', () => {
    expect(text.split('\n')).toContain(news[7]);
  });

  it('joins a paragraph whose first line fills the column and whose words do not come again', () => {
    const prose = normaliseText(
      relayout(
        [
          '墨西哥环境署发布报告。',
          '国际标准化组织环境管理技术委员会于今年秋季在日内瓦召开全体会议，审议了三项新的标准草案。',
          '会议还选举产生了新的主席团成员，并确定下一次全体会议将于明年春季在新加坡举行。',
          '加拿大生态标志计划更新了清洁用品标准，新标准对香精和防腐剂的使用作出了更严格的限制。',
        ].join('\n\n'),
        { width: 12, style: 'double', pageLines: 40 },
      ),
    );
    expect(prose.split('\n')).toContain('国际标准化组织环境管理技术委员会于今年秋季在日内瓦召开全体会议，审议了三项新的标准草案。');
  });
});

describe('a short page of news items, dated without a year, re-laid', () => {
  // three items: too few lines for a fifth of them to show a column the usual way (8 lines)
  const page = [
    '绿色采购新闻汇编（2023年）',
    '挪威天鹅标志发布新版家具标准',
    '11月14日',
    '挪威天鹅标志组织发布了新版家具标准，新标准提高了再生木材的比例要求，并限制了阻燃剂的使用。',
    '丹麦环境保护署启动绿色餐饮采购指南修订',
    '7月12日',
    '丹麦环境保护署宣布启动绿色餐饮采购指南的修订工作，修订稿将征求地方政府和供应商的意见。',
    '冰岛加入北欧绿色公共采购合作平台',
    '3月2日',
    '冰岛财政部宣布加入北欧绿色公共采购合作平台，与其他北欧国家共享采购标准和培训资源。',
  ];
  const asLaid = normaliseText(page.join('\n\n'));
  for (const width of [16, 18, 20]) {
    for (const style of ['double', 'single'] as const) {
      it(`reads the same at width ${width}, ${style}-spaced: whole stories, each item an article`, () => {
        const text = normaliseText(relayout(page.join('\n\n'), { width, style, pageLines: 40 }));
        expect(text).toBe(asLaid);
        expect(segmentArticles(text).map((a) => a.title)).toEqual(segmentArticles(asLaid).map((a) => a.title));
      });
    }
  }
});
