import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../src/ingest/index.js';
import { SEED, ink, seedFiles, seedText } from './fixtures.js';

const paragraphs = (text: string): string[] => text.split('\n\n').map((p) => p.trim());

describe('normaliseText on the 2018 briefing, whose PDF export wraps every few characters', () => {
  const text = normaliseText(seedText(SEED.y2018));

  it('joins the wrapped opening sentence back into one', () => {
    expect(text).toContain('2018 年 3月 6日，中日友好环境保护中心任勇主任会见全球贸易协会（amfori）总干事艾伟德先生');
    expect(text).toContain('中环联合认证中心总经理张小丹、双绿联盟执行秘书长周卫东等参加会谈。');
  });

  it('keeps titles, which end with a space in the export, as paragraphs of their own', () => {
    const paras = paragraphs(text);
    expect(paras).toContain('任勇主任会见全球贸易协会（amfori）总干事艾伟德一行');
    expect(paras).toContain('日本产业环境管理协会（JEMAI）到访中环联合');
    expect(paras).toContain('美国 UL 全球副总裁到访中环联合');
    expect(paras).toContain('新版本的 ISO 14024 环境标志标准正式发布');
    expect(paras).toContain('中环联合助力美的空调通过德国蓝天使认证');
  });

  it('joins a title the export broke over two lines', () => {
    expect(paragraphs(text)).toContain('倡导地区可持续发展国际理事会（ICLEI）东亚秘书处在北京设立代表处');
  });

  it('puts a space back between Latin words split by a wrap inside brackets', () => {
    expect(text).toContain('（Sustainable Procurement – Guidance）》（ISO 20400）2017 年发布');
  });

  it('leaves URLs on their own lines', () => {
    expect(text).toContain('\nhttps://www.iso.org/standard/63026.html\n');
  });
});

describe('normaliseText on briefings with one line per paragraph', () => {
  it('joins a long 2017 line that the export cut mid-sentence, across blank lines', () => {
    const text = normaliseText(seedText(SEED.y2017));
    expect(text).toContain('在德国国际合作机构（GIZ）的支持下');
    expect(text).toContain('回国后也在积极帮助一些企业进行认证申请工作');
  });

  it('never glues a short 2017 title onto the paragraph under it', () => {
    const paras = paragraphs(normaliseText(seedText(SEED.y2017)));
    expect(paras).toContain('北欧国家政府绿色采购指南');
    expect(paras).toContain('欧盟建议实施“清洁出行一揽子计划”');
    expect(paras).toContain('新西兰环境标志开展消费者调查');
  });

  it('joins a 2021 line left inside an open bracket', () => {
    expect(normaliseText(seedText(SEED.y2021))).toContain('[《信息技术采购中解决劳工和人权问题的采购者指南》](#) 聚焦于采购商和采购实施');
  });

  it('does not join a 2020 paragraph that ends in a comma onto the heading after it', () => {
    const text = normaliseText(seedText(SEED.y2020));
    expect(text).toContain('全方位联手，\n\n### 联合国环境规划署在世界城市论坛上启动新的社交平台');
  });
});

/**
 * The raw text without its running banners, counted here the plain way: short lines printed three
 * times or more (the spring 2021 briefing's 同一个地球网络最新进展, SPP计划最新进展; the other seeds have none).
 */
function withoutBanners(raw: string): string {
  const count = new Map<string, number>();
  for (const l of raw.split('\n')) if (l.trim()) count.set(l.trim(), (count.get(l.trim()) ?? 0) + 1);
  return raw
    .split('\n')
    .filter((l) => !(l.trim().length <= 20 && /\p{Script=Han}/u.test(l) && (count.get(l.trim()) ?? 0) >= 3))
    .join('\n');
}

describe.each(seedFiles())('normaliseText(%s)', (file) => {
  const raw = withoutBanners(seedText(file));
  const text = normaliseText(seedText(file));

  it('drops the spring 2021 briefing\'s running banners, and nothing in the other seeds', () => {
    expect(raw.length < seedText(file).length).toBe(file.includes('2021-spring'));
  });

  it('removes no content but running banners: the non-whitespace characters are exactly those of the raw file, in order', () => {
    expect(ink(text)).toBe(ink(raw));
  });

  it('keeps every normalised paragraph as an in-order run of the raw text', () => {
    const rawInk = ink(raw);
    let from = 0;
    for (const p of paragraphs(text)) {
      const at = rawInk.indexOf(ink(p), from);
      expect(at, p.slice(0, 40)).toBeGreaterThanOrEqual(0);
      from = at + ink(p).length;
    }
  });

  it('keeps full-width punctuation as it is', () => {
    for (const mark of ['，', '。', '（', '）', '“', '”', '《', '》', '：']) {
      expect(text.split(mark).length, mark).toBe(raw.split(mark).length);
    }
  });

  it('leaves no trailing whitespace and separates paragraphs by exactly one blank line', () => {
    expect(text).not.toMatch(/[ \t]\n/);
    expect(text).not.toMatch(/\n{3}/);
    expect(text.endsWith('\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
  });

  it('is idempotent', () => {
    expect(normaliseText(text)).toBe(text);
  });
});

describe('normaliseText on small inputs', () => {
  it('unifies Windows line ends and collapses runs of blank lines', () => {
    expect(normaliseText('标题\r\n\r\n\r\n\r\n正文。\r\n')).toBe('标题\n\n正文。\n');
  });

  it('keeps spaces inside lines', () => {
    expect(normaliseText('G20环境部长会议 强调可持续生产 和消费的重要性  \n')).toBe('G20环境部长会议 强调可持续生产 和消费的重要性\n');
  });
});

describe('normaliseText keeps titles apart from long lines', () => {
  const long = '本次论坛由中国生产力促进中心协会、生态环境频道、蓝迪国际智库联合主办，来自于相关行业协会、生产企业、科研机构等单位的代表共计250余人参加了论坛，各方围绕绿色生产力、绿色技术创新和绿色国力振兴展开讨论，全方位联手，';

  it('does not glue a title onto a long line that ends without a full stop', () => {
    const raw = `${long}\n\n北欧国家政府绿色采购指南\n\n北欧部长委员会制定了招标时使用环境标志的指南。\n`;
    expect(normaliseText(raw)).toBe(`${long}\n\n北欧国家政府绿色采购指南\n\n北欧部长委员会制定了招标时使用环境标志的指南。\n`);
  });

  it('joins the rest of a cut sentence onto the long line before it', () => {
    const raw = `${long}\n\n\n\n共同推动绿色生产和消费。\n`;
    expect(normaliseText(raw)).toBe(`${long}共同推动绿色生产和消费。\n`);
  });

  it('joins Latin words with one space', () => {
    const sentence = 'The Nordic Council of Ministers has published guidance on using environmental management systems and ecolabels in public tenders across the region, and the';
    expect(normaliseText(`${sentence}\nguidance is free to download.\n`)).toBe(`${sentence} guidance is free to download.\n`);
  });
});

describe('normaliseText on page breaks', () => {
  it('treats a form feed (pdftotext page break) as a line end, leaving no control character behind', () => {
    expect(normaliseText('第一页的标题\n\f第二页的标题\n')).toBe('第一页的标题\n\n第二页的标题\n');
  });
});
