import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sentenceAround } from '../../src/api/quote.js';
import { extractGraph, loadGazetteer, loadReferenceFacts } from '../../src/extract/index.js';
import { hasQuoteMarkup, quoteBounds, unmarkedQuote, type Graph, type Relationship } from '../../src/graph/index.js';
import { ingestBriefing } from '../../src/ingest/index.js';
import { seedDir, seedGraph } from '../support/seedGraph.js';

// Evidence that is not a sentence (issue 15, item 9). A fact read from a heading, a contents
// line or a contents section says so in its method; a body sentence that states the fact is
// quoted first; no quote carries layout marks (#, - ◇, 1、), cut off by moving its ends.

// Written for this test in the style of the Markdown briefings: a contents list with bullets,
// a members' section, headings marked ## ◇ and ### 1、, about bodies and people of its own.
const OWN_BRIEFING = `# 环境合作简报

2019年第二期

中环联合认证中心 国际合作部

# 目录

### 合作动态

- ◇ 北欧生态标签组织首席执行官拉格纳·乌恩格访问中环联合认证中心
- ◇ 韩国环境产业技术院与中环联合认证中心签署合作备忘录

---

### 全球环境标志网络成员

泰国环境协会发布新版绿色标志标准

---

## ◇ 北欧生态标签组织首席执行官拉格纳·乌恩格访问中环联合认证中心

2019年5月14日，北欧生态标签组织首席执行官拉格纳·乌恩格一行到访中环联合认证中心，中环联合认证中心总经理张小丹会见了客人，双方就环境标志互认合作进行了交流。

## ◇ 韩国环境产业技术院与中环联合认证中心签署合作备忘录

2019年6月20日，韩国环境产业技术院与中环联合认证中心在首尔签署了环境标志合作备忘录。

1. 双方将共同开展绿色产品标准研究。

## 泰国环境协会发布新版绿色标志标准

### 1、泰国环境协会理事长颂猜·差拉出席发布会

新版标准将覆盖更多产品类别，并于2020年起实施。
`;

let own: Graph;
let ownText: string;

beforeAll(async () => {
  const briefing = ingestBriefing(Buffer.from(OWN_BRIEFING, 'utf8'), '/tmp/green-cooperation-2019-no2.txt');
  ownText = briefing.text;
  const gazetteer = await loadGazetteer(seedDir);
  ({ graph: own } = extractGraph([briefing], { gazetteer, reference: await loadReferenceFacts(seedDir, gazetteer) }));
});

function named(graph: Graph, name: string): string | undefined {
  return graph.entities.find((e) => e.properties.name === name || e.properties.aliases.includes(name))?.id;
}

function fact(graph: Graph, type: string, from: string, to: string): Relationship {
  const found = graph.relationships.find((r) => r.type === type && r.start === named(graph, from) && r.end === named(graph, to));
  if (!found) throw new Error(`no ${type} ${from} -> ${to}`);
  return found;
}

const evidenceOf = (r: Relationship) => (r.properties.evidence ?? []) as string[];

describe('quoteBounds', () => {
  it('moves the ends of a quote past layout marks, so it stays a slice of the text', () => {
    const cases: [string, string][] = [
      ['## ◇ 南非环境标志计划启动新一轮认证', '南非环境标志计划启动新一轮认证'],
      ['- ◇ “绿色办公”倡议在京发布 ——某协会年度活动', '“绿色办公”倡议在京发布 ——某协会年度活动'],
      ['* 2019年3月，代表团访问奥斯陆。', '2019年3月，代表团访问奥斯陆。'],
      ['### 2) 《循环采购手册》发布', '《循环采购手册》发布'],
      ['（三）加强标准互认', '加强标准互认'],
      ['1. 双方将共同开展研究。', '双方将共同开展研究。'],
      ['二、国际动态', '国际动态'],
      ['● 研讨会在河内举行。  ', '研讨会在河内举行。'],
      ['**重要提示**', '重要提示'],
      ['## 会议纪要 ##', '会议纪要'],
      ['- ⇒ 提交年度报告。', '提交年度报告。'],
    ];
    for (const [marked, clean] of cases) {
      const text = `前文。\n${marked}\n后文。`;
      const at = text.indexOf(marked);
      const { start, end } = quoteBounds(text, at, at + marked.length);
      expect(text.slice(start, end)).toBe(clean);
      expect(unmarkedQuote(marked)).toBe(clean);
      expect(hasQuoteMarkup(marked)).toBe(true);
      expect(hasQuoteMarkup(clean)).toBe(false);
    }
  });

  it('leaves figures, dates and quotation marks that open a sentence alone', () => {
    for (const sentence of ['2018.01：提交项目报告。', '10.25 是世界环境标志日。', '-2℃ 是目标温度。', '“同一个地球网络”启用新网站', '2017年12月，理事会召开。', '1.5万家企业参与。']) {
      expect(unmarkedQuote(sentence)).toBe(sentence);
    }
    // Nothing but marks: left as it is rather than emptied.
    expect(unmarkedQuote('- ◇')).toBe('- ◇');
  });
});

describe('facts read from structure, on a briefing written for the test', () => {
  it('gives a fact read from a heading alone the heading method, quoting the heading without its marks', () => {
    const position = fact(own, 'HOLDS_POSITION', '颂猜·差拉', '泰国环境协会');
    expect(position.properties.method).toBe('structure:heading');
    expect(evidenceOf(position)).toEqual(['泰国环境协会理事长颂猜·差拉出席发布会']);
  });

  it('gives membership read from a contents section the section method', () => {
    const member = fact(own, 'MEMBER_OF', '泰国环境协会', '全球环境标志网络');
    expect(member.properties.method).toBe('structure:section');
    expect(evidenceOf(member)).toEqual(['全球环境标志网络成员', '泰国环境协会发布新版绿色标志标准']);
  });

  it('gives a fact read from contents lines and headings alone a structure method', () => {
    const signedOnlyInTitles = own.relationships.filter((r) => evidenceOf(r).length > 0 && evidenceOf(r).every((q) => q === '韩国环境产业技术院与中环联合认证中心签署合作备忘录'));
    expect(signedOnlyInTitles.length).toBeGreaterThan(0);
    for (const r of signedOnlyInTitles) expect(String(r.properties.method)).toMatch(/^structure:(?:contents|heading)$/);
  });

  it('quotes the body sentence first when a heading and the body both state the fact, and reports its rule', () => {
    const position = fact(own, 'HOLDS_POSITION', '拉格纳·乌恩格', '北欧生态标签组织');
    const quotes = evidenceOf(position);
    expect(quotes[0]).toMatch(/^2019年5月14日，北欧生态标签组织首席执行官拉格纳·乌恩格一行到访/);
    expect(quotes.slice(1)).toEqual(['北欧生态标签组织首席执行官拉格纳·乌恩格访问中环联合认证中心', '北欧生态标签组织首席执行官拉格纳·乌恩格访问中环联合认证中心']);
    expect(String(position.properties.method)).toMatch(/^pattern:/);
    const cooperation = fact(own, 'COOPERATES_WITH', '韩国环境产业技术院', '中环联合认证中心');
    expect(evidenceOf(cooperation)[0]).toMatch(/^2019年6月20日/);
  });

  it('quotes every fact and mention without layout marks, as slices of the text', () => {
    const articles = new Map(own.articles.map((a) => [a.id, a]));
    for (const r of own.relationships) {
      for (const quote of evidenceOf(r)) {
        expect(hasQuoteMarkup(quote), `${r.type} ${r.start} -> ${r.end}: ${quote}`).toBe(false);
        expect(ownText.includes(quote)).toBe(true);
      }
      if (r.type !== 'MENTIONS') continue;
      const article = articles.get(r.start)!;
      const quote = sentenceAround(article.text, Number(r.properties.firstOffset) - article.startOffset);
      expect(hasQuoteMarkup(quote), `mention of ${r.end}: ${quote}`).toBe(false);
    }
  });

  it('quotes a mention from the body when the body names it, not from the heading above', () => {
    const person = named(own, '拉格纳·乌恩格')!;
    const mentions = own.relationships.filter((r) => r.type === 'MENTIONS' && r.end === person);
    const inStory = mentions.find((r) => own.articles.find((a) => a.id === r.start)!.title.includes('访问'))!;
    const article = own.articles.find((a) => a.id === inStory.start)!;
    expect(sentenceAround(article.text, Number(inStory.properties.firstOffset) - article.startOffset)).toMatch(/^2019年5月14日/);
  });
});

describe('the seed graph', () => {
  let seed: Graph;
  let texts: Map<string, string>;
  beforeAll(async () => {
    const summary = await seedGraph();
    seed = summary.graph;
    texts = new Map(summary.files.map((f) => [path.basename(f, '.txt'), ingestBriefing(readFileSync(f), f).text]));
  });

  it('has no quote, of a fact or a mention, that starts or ends with markup', () => {
    const articles = new Map(seed.articles.map((a) => [a.id, a]));
    let facts = 0;
    let mentions = 0;
    for (const r of seed.relationships) {
      if (r.type === 'MENTIONS') {
        const article = articles.get(r.start)!;
        const quote = sentenceAround(article.text, Number(r.properties.firstOffset) - article.startOffset);
        expect(hasQuoteMarkup(quote), `mention of ${r.end} in ${r.start}: ${quote}`).toBe(false);
        mentions++;
        continue;
      }
      for (const quote of evidenceOf(r)) {
        expect(hasQuoteMarkup(quote), `${r.type} ${r.start} -> ${r.end}: ${quote}`).toBe(false);
        expect(/^[\s#*◇●■-]|^\d{1,2}[.、]\D/u.test(quote), quote).toBe(false);
        facts++;
      }
    }
    expect(facts).toBeGreaterThan(600);
    expect(mentions).toBeGreaterThan(500);
  });

  it('quotes the body sentence for the 2017-11-29 forum, and Green Seal membership from the contents section', () => {
    const forum = seed.entities.find((e) => e.label === 'Event' && e.properties.startDate === '2017-11-29' && String(e.properties.name).includes('创新引领'))!;
    const heldIn = seed.relationships.find((r) => r.type === 'HELD_IN' && r.start === forum.id)!;
    expect(evidenceOf(heldIn)[0]).toMatch(/^11月29日，“创新引领 助推绿色生产和消费”论坛/);
    expect(evidenceOf(heldIn).slice(1)).toContain('“创新引领 助推绿色生产和消费”论坛在京召开 ——中环联合认证中心十五周年主题活动');
    expect(heldIn.properties.method).toBe('pattern:held-in');
    const membership = seed.relationships.find((r) => r.type === 'MEMBER_OF' && r.start === 'organization:green-seal' && r.end === 'organization:gen')!;
    expect(membership.properties.method).toBe('structure:section');
  });

  it('orders every fact’s quotes body first, then by position in the corpus', () => {
    const rank = new Map(seed.articles.map((a, i) => [a.id, i]));
    const titles = new Set(seed.articles.map((a) => unmarkedQuote(a.title).replace(/\s+/g, '')));
    // Told apart here without the extractor's own test: a contents line (front matter), a title,
    // or the heading line an article opens with.
    const structural = (quote: string, source: string) => {
      const article = seed.articles[rank.get(source)!]!;
      const opening = unmarkedQuote(article.text.trimStart().split('\n')[0]!);
      return (article.order === 0 && /^封面/.test(article.title)) || titles.has(quote.replace(/\s+/g, '')) || (opening === quote && !/[。！？]$/.test(quote));
    };
    let ordered = 0;
    for (const r of seed.relationships) {
      const quotes = evidenceOf(r);
      const sources = (r.properties.sources ?? []) as string[];
      if (quotes.length < 2) continue;
      const keys = quotes.map((q, i) => {
        const article = seed.articles[rank.get(sources[i]!)!]!;
        return { structural: structural(q, sources[i]!), rank: rank.get(sources[i]!)!, offset: article.text.indexOf(q) };
      });
      for (let i = 1; i < keys.length; i++) {
        const [a, b] = [keys[i - 1]!, keys[i]!];
        expect(Number(a.structural) <= Number(b.structural), `${r.id}: a title or contents line before a body sentence`).toBe(true);
        if (a.structural === b.structural && !a.structural) expect(a.rank < b.rank || (a.rank === b.rank && a.offset <= b.offset), `${r.id}: quotes ${i - 1} and ${i} out of order`).toBe(true);
      }
      if (!String(r.properties.method).startsWith('structure:')) expect(keys[0]!.structural, `${r.id} is read by a rule but quotes a title first`).toBe(false);
      ordered++;
    }
    expect(ordered).toBeGreaterThan(50);
  });
});
