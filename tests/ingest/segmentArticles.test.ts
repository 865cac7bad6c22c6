import { describe, expect, it } from 'vitest';
import { normaliseText, segmentArticles, type ArticleSpan } from '../../src/ingest/index.js';
import { relayout } from '../metamorphic/transforms.js';
import { SEED, seedFiles, seedText } from './fixtures.js';

function segmented(file: string): { text: string; articles: ArticleSpan[]; body: (title: string) => string } {
  const text = normaliseText(seedText(file));
  const articles = segmentArticles(text);
  const body = (title: string): string => {
    const a = articles.find((x) => x.title === title);
    if (!a) throw new Error(`no article titled ${title}`);
    return text.slice(a.startOffset, a.endOffset);
  };
  return { text, articles, body };
}

describe.each(seedFiles())('segmentArticles(%s)', (file) => {
  const { text, articles } = segmented(file);

  it('tiles the text: in order, contiguous, nothing left out, nothing empty', () => {
    expect(articles[0]!.startOffset).toBe(0);
    expect(articles.at(-1)!.endOffset).toBe(text.length);
    articles.forEach((a, i) => {
      expect(a.order).toBe(i);
      expect(a.endOffset).toBeGreaterThan(a.startOffset);
      if (i > 0) expect(a.startOffset).toBe(articles[i - 1]!.endOffset);
    });
  });

  it('starts every article at the beginning of a line', () => {
    for (const a of articles) expect(a.startOffset === 0 || text[a.startOffset - 1] === '\n').toBe(true);
  });
});

describe('segmentArticles on the 2017 briefing (contents list for two of its five sections)', () => {
  const { articles, body } = segmented(SEED.y2017);

  it('finds the 23 news items between the cover and the closing page', () => {
    expect(articles.map((a) => a.title)).toEqual([
      '封面与目录',
      '“创新引领 助推绿色生产和消费”论坛在京召开 ——中环联合认证中心十五周年主题活动',
      '环境发展中心周能福书记率团出访比利时、德国开展环境标志合作交流',
      '中环联合张小丹总经理出席GEN 2017年会并签署中日环境标志共同标准',
      '中环联合张小丹总经理出席中国太平洋经济合作全国委员会第十三届大会',
      '中环联合认证中心承担的世行项目顺利通过终期评审',
      '中环联合认证中心参加全球环境基金“通过国际合作促进中国清洁绿色低碳城市发展”项目成果分享会',
      '中环联合认证中心英文网站正式上线',
      '可持续公共采购10年框架项目（SPP10YFP）',
      '中德环境标志合作项目',
      'JICA绿色供应链项目',
      '各国代表参加研讨会，修改《联合国环境署可持续政府采购实施指南》',
      '欧盟建议实施“清洁出行一揽子计划”',
      '北欧国家政府绿色采购指南',
      '“如何采购”的视频资料助力可持续采购项目实施',
      '通过采购清洁汽车实现加泰罗尼亚的蓝天',
      '134名专家2017年10月18-19日在爱沙尼亚塔林（Tallinn）召开“第二届循环经济采购大会”',
      '通过政府采购推动循环经济：中介的作用和推动力',
      expect.stringMatching(/^中国环境保护部部长李干杰与联合国环境署执行主任/),
      '倡导地区可持续发展理事会、市长全球联盟和40个城市气候变化领导集团宣布《一个地球宪章》，以加速推动《巴黎协定》',
      '澳大利亚良好环境选择组织的 ‘心中的材料’ 流动展示',
      '澳大利亚良好环境选择首席执行官凯特·哈里斯 担任澳大利亚可持续城市环境委员会新执行委员',
      '2017年10月25日“蓝色天使日”',
      '新西兰环境标志开展消费者调查',
      '封底',
    ]);
  });

  it('keeps the table of contents in the front matter', () => {
    expect(body('封面与目录')).toContain('目 录');
    expect(body('封面与目录')).toContain('- ◇ 中环联合认证中心英文网站正式上线');
  });

  it('matches a contents entry to its body heading although the body words it differently', () => {
    expect(body('环境发展中心周能福书记率团出访比利时、德国开展环境标志合作交流')).toMatch(
      /^环境发展中心周能福书记率团出访比利时、德国 开展环境标志国际合作交流\n/,
    );
  });

  it('finds an item the body prints without a heading by its lede', () => {
    expect(body('中环联合认证中心英文网站正式上线')).toMatch(/^经过近一年时间的准备，中环联合英文网站/);
  });

  it('puts the joint scanner standard in the GEN annual meeting article', () => {
    expect(body('中环联合张小丹总经理出席GEN 2017年会并签署中日环境标志共同标准')).toContain('中日环境标志扫描仪共同标准');
  });
});

describe('segmentArticles on the 2018 briefing (no contents, titles placed by the PDF layout)', () => {
  const { articles, body } = segmented(SEED.y2018);

  it('finds 14 news items', () => {
    expect(articles.map((a) => a.title)).toEqual([
      '第一季度工作内容',
      '任勇主任会见全球贸易协会（amfori）总干事艾伟德一行',
      '日本产业环境管理协会（JEMAI）到访中环联合',
      '美国 UL 全球副总裁到访中环联合',
      'JICA绿色供应链项目',
      '可持续公共采购10年框架项（SPP10YFP）',
      '新版本的 ISO 14024 环境标志标准正式发布',
      '中环联合助力美的空调通过德国蓝天使认证',
      '第一个“世界环境标志日”将于 2018. 10.25 启动',
      '可持续政府采购的最佳工具——澳大利亚',
      '沙尘暴——全球风险',
      '中国禁止进口废塑料',
      '倡导地区可持续发展国际理事会（ICLEI）东亚秘书处在北京设立代表处',
      '《全球可持续发展标准联盟认证行为准则》第二版关注认证数据重要性',
      '美国公平贸易协会成为 ISEAL 准会员',
      '封底',
    ]);
  });

  it('ties a title printed below its story to that story', () => {
    expect(body('任勇主任会见全球贸易协会（amfori）总干事艾伟德一行')).toMatch(/^2018 年 3月 6日，中日友好环境保护中心任勇主任会见/);
    expect(body('日本产业环境管理协会（JEMAI）到访中环联合')).toContain('鹤田祥一郎');
    expect(body('日本产业环境管理协会（JEMAI）到访中环联合')).not.toContain('Alberto Uggetti');
    expect(body('美国 UL 全球副总裁到访中环联合')).toContain('Alberto Uggetti');
    expect(body('中国禁止进口废塑料')).toMatch(/^当中国去年底决定禁止进口废塑料以后/);
    expect(body('美国公平贸易协会成为 ISEAL 准会员')).toMatch(/^美国公平贸易协会（Fair Trade USA）/);
  });

  it('keeps announced sub-headings inside their article', () => {
    const australia = body('可持续政府采购的最佳工具——澳大利亚');
    expect(australia).toContain('“积极采购保证”计划');
    expect(australia).toContain('可持续选择计划');
  });

  it('starts a title printed above its story at the title', () => {
    expect(body('中环联合助力美的空调通过德国蓝天使认证')).toMatch(/^中环联合助力美的空调通过德国蓝天使认证\n\n在意大利米兰市/);
  });
});

describe('segmentArticles on the 2020 briefing (markdown headings and a contents list)', () => {
  const { articles, body } = segmented(SEED.y2020);

  it('finds the 10 news items of the contents list, in body order', () => {
    expect(articles.map((a) => a.title)).toEqual([
      '封面与目录',
      '任勇主任主持召开国合会绿色转型与可持续社会治理专题政策研究第一次全体会议',
      '中国环境标志荣膺“一带一路绿色标准领跑者”称号',
      '联合国环境规划署在世界城市论坛上启动新的社交平台',
      '第十届世界城市论坛启动世界最大的空气质量数据平台',
      '联合国环境规划署和世界自然保护联盟启动气候变化适应的新项目',
      '一个地球网络消费者信息计划',
      '澳大利亚良好环境选择制定新标准，推动澳大利亚垃圾行业的透明和可靠性',
      '新加坡纸产品强化环境标志认证加强所有认证种植林的火灾预防',
      '美国绿色印章 30 周年感想',
      '微软应用采购手段削减碳排放',
      '封底',
    ]);
  });

  it('keeps numbered sub-headings inside their article', () => {
    expect(body('美国绿色印章 30 周年感想')).toContain('### 7、绿色产品在可持续供应链管理方面发挥重要作用');
  });

  it('opens an article with the section heading right above it', () => {
    expect(body('美国绿色印章 30 周年感想')).toMatch(/^# GEN\n\n## 美国绿色印章/);
  });

  it('matches a contents entry split over two body headings', () => {
    expect(body('微软应用采购手段削减碳排放')).toMatch(/^## 微软应用采购手段\n\n### 削减碳排放/);
    expect(body('微软应用采购手段削减碳排放')).toContain('Vestas');
  });
});

describe('segmentArticles on the 2021 One Planet briefing', () => {
  const { articles, body } = segmented(SEED.y2021);

  it('finds the 12 items of its contents list', () => {
    expect(articles.map((a) => a.title)).toEqual([
      '封面与目录',
      '2021年可持续发展高级别政治论坛关键观点',
      'G20环境部长会议强调可持续生产和消费的重要性',
      '《十年方案框架》后-2022时代发展策划进展',
      '“同一个地球网络” 启用新网站',
      '“同一个地球网络” 可持续采购计划塑料指南征集意见',
      '《电子电器产品全球采购指南》征集评审意见',
      '亚太绿色公共采购网召开第二次成员会议',
      '基础设施建筑工作组征集可持续公共采购实践案例',
      '信息技术采购中解决劳工和人权问题的采购者指南',
      '眼健康行业环境可持续实践指南',
      '以人为本减少医疗废弃物应对新冠疫情',
      '绿色采购网-实现可持续生产和消费案例汇编',
    ]);
  });

  it('does not start a new article at a repeated running head or a sub-heading', () => {
    const forum = body('2021年可持续发展高级别政治论坛关键观点');
    expect(forum).toContain('高级别部长宣言强调十年方案框架的重要性');
    expect(forum).toContain('可持续发展目标12、13、17间的联系');
  });

  it('puts the Asia Pacific GPP network core group in its article', () => {
    expect(body('亚太绿色公共采购网召开第二次成员会议')).toContain('生态环境部环境发展中心作为核心群成员加入亚太区域绿色公共采购网络');
  });
});

describe('segmentArticles on small texts', () => {
  it('makes a text without titles one article', () => {
    const text = '只有一段文字。\n';
    expect(segmentArticles(text)).toEqual([{ title: '封面', order: 0, startOffset: 0, endOffset: text.length }]);
  });

  it('splits a markdown briefing without contents at its second-level headings', () => {
    const text = '# 简报\n\n## 第一条新闻\n\n正文一。\n\n## 第二条新闻\n\n正文二。\n\n## 第三条新闻\n\n正文三。\n';
    const articles = segmentArticles(text);
    expect(articles.map((a) => a.title)).toEqual(['封面', '第一条新闻', '第二条新闻', '第三条新闻']);
    expect(text.slice(articles[2]!.startOffset, articles[2]!.endOffset)).toBe('## 第二条新闻\n\n正文二。\n\n');
  });

  it('opens a news item at a headline whose date line leaves the year out', () => {
    const text = normaliseText(
      '绿色采购动态汇编\n\n智利环境部发布公共采购新规\n日期：2025/03/02\n\n3月1日，智利环境部发布了新规。\n\n' +
        '秘鲁生态标签计划在利马启动\n4月9日\n\n4月8日，秘鲁生产部在利马启动生态标签计划。部长在启动会上致辞。\n\n' +
        '厄瓜多尔加入区域采购网络\n发布时间：2025-05-20 09:15\n\n厄瓜多尔财政部加入了区域采购网络。\n',
    );
    expect(segmentArticles(text).map((a) => a.title)).toEqual(['封面', '智利环境部发布公共采购新规', '秘鲁生态标签计划在利马启动', '厄瓜多尔加入区域采购网络']);
  });
});

describe('segmentArticles without a contents list (as an unseen briefing might be)', () => {
  const withoutLines = (file: string, from: number, to: number): string => {
    const lines = seedText(file).split('\n');
    return normaliseText([...lines.slice(0, from), ...lines.slice(to)].join('\n'));
  };

  it('finds the 2021 items by their headings alone, and keeps the cover together', () => {
    const titles = segmentArticles(withoutLines(SEED.y2021, 16, 40)).map((a) => a.title);
    expect(titles[0]).toBe('同一个地球网络');
    expect(titles).toEqual(
      expect.arrayContaining([
        'G20环境部长会议 强调可持续生产 和消费的重要性',
        '“同一个地球网络”启用新网站',
        '亚太绿色公共采购网召开第二次会议',
        '绿色采购网-实现可持续 生产和消费案例汇编',
      ]),
    );
    expect(titles).not.toContain('可持续公共采购计划简报');
  });

  it('finds the 2017 items with a heading, and does not mistake the cover for a story', () => {
    const titles = segmentArticles(withoutLines(SEED.y2017, 12, 36)).map((a) => a.title);
    expect(titles[0]).toBe('国际合作简报');
    expect(titles).not.toContain('中环联合认证中心');
    expect(titles).toContain('中德环境标志合作项目进展');
    expect(titles).toContain('新西兰环境标志开展消费者调查');
  });

  it('splits the 2020 briefing at its second-level headings, bulleted ones included', () => {
    const titles = segmentArticles(withoutLines(SEED.y2020, 16, 48)).map((a) => a.title);
    expect(titles).toContain('第十届世界城市论坛启动世界最大的空气质量数据平台');
    expect(titles).not.toContain('1、健康绿色产品成为新常态');
  });
});

describe.each(seedFiles())('segmentArticles(%s) under other export habits', (file) => {
  const raw = seedText(file);
  const titles = (text: string): string[] => segmentArticles(normaliseText(text)).map((a) => a.title);
  const expected = titles(raw);

  it.each([
    ['Windows line ends', (s: string) => s.replace(/\n/g, '\r\n')],
    ['no blank lines between paragraphs', (s: string) => s.split('\n').filter((l) => l.trim() !== '').join('\n')],
    ['every blank line doubled', (s: string) => s.replace(/\n/g, '\n\n')],
  ])('finds the same articles with %s', (_, variant) => {
    expect(titles(variant(raw))).toEqual(expected);
  });
});

describe('titles set over two lines of a box, below their stories (a layout without contents)', () => {
  // Written for this test in the style of the 2018 briefing's boxes: each story first, its title
  // printed under it, some titles over two lines of their own, laid out again in a narrow column.
  const cover = ['亚洲生态标签动态', '2023年第二季度'];
  const visitA = [
    '5月9日，韩国环境产业技术院绿色认证中心主任金敏浩先生一行到访北欧生态标签组织奥斯陆秘书处，双方就纺织品标准的比对进行了会谈。',
    '此次来访主要是为两国环境标志互认做准备，双方同意在年内完成清洁剂标准的比对工作。',
  ];
  const visitB = [
    '5月23日，泰国绿色设计网络执行主任颂猜女士访问北欧生态标签组织，介绍了泰国绿色标志的最新进展。',
    '双方表示将在办公家具和建筑涂料领域开展合作，并交换获证企业名单。',
  ];
  const office = [
    '北欧生态标签组织亚洲联络处于2023年6月1日在上海正式成立，负责与亚洲各国环境标志机构的日常联络。',
    '北欧生态标签组织亚洲联络处将通过北欧生态标签组织的全球网络，推动亚洲企业了解北欧生态标签的标准和认证程序。',
  ];
  const textile = [
    '经过两年的修订，北欧生态标签组织理事会于2023年4月批准了第五版《北欧生态标签纺织品标准》。新版标准对染色和整理工序中的化学品提出了更严格的要求。',
    '新版标准还要求获证企业公开其供应链中主要工厂的名单，并每年报告用水量。',
  ];
  const member = ['丹麦生态标签委员会已经满足北欧生态标签组织准会员的全部条件，将于下半年正式加入。', '丹麦生态标签委员会负责丹麦境内的标准宣传和企业培训工作。'];
  const source = [
    ...cover,
    ...visitA,
    ...visitB,
    '韩国环境产业技术院到访北欧生态标签组织',
    '泰国绿色设计网络到访北欧生态标签组织',
    ...office,
    '北欧生态标签组织（Nordic Swan）\n亚洲联络处在上海正式成立',
    ...textile,
    ...member,
    '《北欧生态标签纺织品标准》\n第五版关注化学品管理',
    '丹麦生态标签委员会成为准会员',
    '感谢您的阅读！',
  ].join('\n\n');

  for (const style of ['double', 'single'] as const) {
    it(`reads a title over two lines as one title, and stacked titles of two stories as two (${style}-spaced)`, () => {
      const text = normaliseText(relayout(source, { width: 20, style }));
      const titles = segmentArticles(text).map((a) => a.title);
      expect(titles).toContain('北欧生态标签组织（Nordic Swan）亚洲联络处在上海正式成立');
      expect(titles).toContain('《北欧生态标签纺织品标准》第五版关注化学品管理');
      expect(titles).toContain('韩国环境产业技术院到访北欧生态标签组织');
      expect(titles).toContain('泰国绿色设计网络到访北欧生态标签组织');
      expect(titles).toContain('丹麦生态标签委员会成为准会员');
    });
  }

  it('reads a title line heading nothing, over a title line that heads a list only by its place, as one title', () => {
    const boxed = [
      ...cover,
      ...visitA,
      '韩国环境产业技术院到访北欧生态标签组织',
      '02 国际合作项目进展',
      '亚洲可持续公共采购',
      '十年合作项目（APGPP）',
      '1、2023.02：提交年度总结报告；参加指导委员会会议。',
      '2、2023.03：确定赴泰国研修方案，准备研修资料。',
      '03 环境标志国际动态',
      // a line that heads nothing over a title that reads its story: two lines, not one title
      '请在此处输入重点数据',
      '北欧生态标签组织发布第五版纺织品标准',
      ...textile,
      '感谢您的阅读！',
    ].join('\n\n');
    for (const style of ['double', 'single'] as const) {
      const titles = segmentArticles(normaliseText(relayout(boxed, { width: 20, style }))).map((a) => a.title);
      expect(titles, style).toContain('亚洲可持续公共采购十年合作项目（APGPP）');
      expect(titles, style).toContain('北欧生态标签组织发布第五版纺织品标准');
    }
  });

  it('keeps two title lines apart where each is printed again over its own story (a list of contents)', () => {
    const listed = [
      ...cover,
      '韩国环境产业技术院到访北欧生态标签组织',
      '丹麦生态标签委员会成为准会员',
      '韩国环境产业技术院到访北欧生态标签组织',
      ...visitA,
      '丹麦生态标签委员会成为准会员',
      ...member,
      '感谢您的阅读！',
    ].join('\n\n');
    const titles = segmentArticles(normaliseText(relayout(listed, { width: 20, style: 'double' }))).map((a) => a.title);
    expect(titles).toContain('韩国环境产业技术院到访北欧生态标签组织');
    expect(titles).toContain('丹麦生态标签委员会成为准会员');
    expect(titles.some((t) => t.includes('组织丹麦'))).toBe(false);
  });
});
