import { describe, expect, it } from 'vitest';
import { isDateLine } from '../../src/extract/events.js';
import { findDates } from '../../src/extract/dates.js';
import { readingRules } from '../../src/extract/rules/readingRules.js';
import { readWith } from './rules/readWith.js';

// The events a text reports: named from what happened, never from a clause or a page's date
// line. Texts are written for these tests, in the briefings' style, about bodies and places the
// seed does not have.

const events = (r: Awaited<ReturnType<typeof readWith>>) =>
  r.graph.entities
    .filter((e) => e.label === 'Event')
    .map((e) => `${e.properties.startDate} ${e.properties.kind} ${e.properties.name}`)
    .sort();

describe('date lines', () => {
  it('knows a page date line from a sentence that reports something (own lines)', () => {
    const line = (t: string) => isDateLine(t, findDates(t, 2021));
    expect(line('发布时间：2021年6月21日')).toBe(true);
    expect(line('日期：2021/06/04')).toBe(true);
    expect(line('發布日期：2022年3月1日')).toBe(true);
    expect(line('来源：北欧生态标签委员会  更新时间：2019年5月23日')).toBe(true);
    expect(line('2021年6月21日，宜可城在波恩发布了年度报告。')).toBe(false);
    expect(line('时间：2021年6月2日在河内举行签约仪式')).toBe(false);
  });

  it('makes no event of 发布时间 and does not date the next sentence with it (own text)', async () => {
    const r = await readWith(readingRules, '宜可城发起城市循环采购伙伴关系', '发布时间：2021年6月21日', '近日，巴塞罗那和里斯本等城市加入了该伙伴关系。');
    expect(events(r)).toEqual([]);
  });
});

describe('event names', () => {
  it('names a signing after what was signed, not after the clause (own sentence)', async () => {
    const r = await readWith(
      readingRules,
      '马来西亚与新加坡签署绿色标签互认协议',
      '2022年3月15日，马来西亚标准与工业研究院（SIRIM）与新加坡环境理事会在吉隆坡签署《马来西亚生态标签与新加坡绿色标签互认协议》。',
    );
    expect(events(r)).toEqual(['2022-03-15 signing 马来西亚生态标签与新加坡绿色标签互认协议签署']);
  });

  it('names a signing of an agreement named only by its kind after its parties, in a text laid out as a narrow PDF column (own text)', async () => {
    const body =
      '2020年8月4日，瑞典环境保护局与芬兰环境研究所在赫尔辛基签署了战略合作协议。瑞典环境保护局局长卡尔松与芬兰环境研究所所长维塔宁分别代表双方在协议上签字。双方将在绿色公共采购、生态标签标准和循环经济领域开展合作，并每年召开一次联合工作会议，交流两国绿色采购的经验。北欧部长理事会的代表出席了签约仪式。';
    // Fifteen characters a line, a blank line after each, as text extracted from a narrow column comes.
    const lines = Array.from({ length: Math.ceil(body.length / 15) }, (_, i) => body.slice(i * 15, i * 15 + 15));
    const r = await readWith(readingRules, '瑞典与芬兰签署战略合作协议', ...lines);
    expect(events(r)).toEqual(['2020-08-04 signing 瑞典环保署与芬兰环境研究所战略合作协议签署']);
    expect(r.facts('SIGNED')).toContain('卡尔松 -> 瑞典环保署与芬兰环境研究所战略合作协议');
    expect(r.skips.filter((s) => s.startsWith('signing'))).not.toContain('signing: no agreement or standard named after the verb');
  });

  it('names a launch after what was launched, without who launched it or where (own sentence)', async () => {
    const r = await readWith(
      readingRules,
      '亚洲城市绿色采购伙伴关系在首尔启动',
      '由宜可城-地方可持续发展协会发起的“亚洲城市绿色采购伙伴关系”于2022年5月9日在韩国首尔正式启动。',
    );
    expect(events(r)).toEqual(['2022-05-09 launch 亚洲城市绿色采购伙伴关系启动']);
  });

  it('gives a meeting named only by its kind the name of the body in the heading (own text)', async () => {
    const r = await readWith(readingRules, '北欧生态标签委员会召开年度会议', '2019年5月21日，北欧生态标签委员会在奥斯陆召开年度会议。');
    expect(events(r)).toEqual(['2019-05-21 meeting 北欧生态标签委员会年度会议']);
  });
});

describe('talks during a meeting', () => {
  it('names 会面 during a forum after the two people, dated within it (own text, traditional characters)', async () => {
    const r = await readWith(
      readingRules,
      '亞洲環保標章論壇在大阪舉行',
      '2022年10月12日至13日，第十屆亞洲環保標章論壇在日本大阪舉行。',
      '論壇期間，環境與發展基金會董事長林文雄與新加坡環境理事會執行董事陳國偉會面，雙方同意交流電子產品標準。',
    );
    expect(events(r)).toContain('2022-10 meeting 林文雄与陈国伟会面');
  });
});

describe('event identity', () => {
  it('keeps two meetings of one day apart when nothing but the date joins them (own text)', async () => {
    const r = await readWith(
      readingRules,
      '北欧与韩国的环境标志会议',
      '2019年5月21日，北欧部长理事会召开了环境标志工作会议。',
      '2019年5月21日，韩国环境产业技术院召开了董事会议。',
    );
    expect(events(r)).toHaveLength(2);
  });

  it('keeps a meeting and a signing in another city on the same day apart (own text)', async () => {
    const r = await readWith(
      readingRules,
      '东盟绿色采购论坛在吉隆坡召开',
      '2021年4月20日，东盟绿色采购论坛在马来西亚吉隆坡召开。',
      '2021年4月20日，新加坡环境理事会与泰国环境研究所在曼谷签署了《绿色标签互认合作备忘录》。',
    );
    expect(events(r)).toEqual(['2021-04-20 forum 东盟绿色采购论坛', '2021-04-20 signing 绿色标签互认合作备忘录签署']);
  });

  it('joins two reports of one meeting that share a party; 同日 in another city is another meeting (own text)', async () => {
    const r = await readWith(
      readingRules,
      '韩国环境产业技术院召开绿色采购会议',
      '2019年9月17日，韩国环境产业技术院在首尔召开了绿色采购工作会议。',
      '2019年9月17日，韩国环境产业技术院的代表在会上介绍了韩国绿色采购的最新进展。',
      '同日，新加坡环境理事会与泰国环境研究所在曼谷召开了绿色标签协调会议。',
    );
    expect(events(r)).toEqual(['2019-09-17 meeting 绿色标签协调会议', '2019-09-17 meeting 绿色采购工作会议']);
    const organised = r.facts('ORGANIZED').sort();
    expect(organised).toEqual(['新加坡环境理事会 -> 绿色标签协调会议', '泰国环境研究所 -> 绿色标签协调会议', '韩国环境产业技术研究院 -> 绿色采购工作会议']);
  });
});
