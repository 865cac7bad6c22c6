import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractGraph, loadGazetteer } from '../../src/extract/index.js';
import { ingestBriefing } from '../../src/ingest/index.js';
import { dropPinyinGlosses } from '../../src/ingest/pinyinGlosses.js';
import { seedDir } from '../support/seedGraph.js';

// Pages copied from sites that gloss traditional characters with pinyin: "泰(tài)國(guó)". Texts
// written for these tests.

describe('pinyin glosses', () => {
  it('drops a converter\'s glosses, toned and neutral, and keeps brackets that are not glosses', () => {
    const page = '泰(tài)國(guó)綠(lǜ)色(sè)標(biāo)簽(qiān)的(de)評審會(huì)(GEN)在曼谷召開(kāi)，約翰(Johan)出席。';
    expect(dropPinyinGlosses(page)).toBe('泰國綠色標簽的評審會(GEN)在曼谷召開，約翰(Johan)出席。');
  });

  it('leaves an author\'s single gloss alone', () => {
    const prose = '「綠」(lǜ)字是本期主題，標簽(GEN)亦同。';
    expect(dropPinyinGlosses(prose)).toBe(prose);
  });

  it('reads a glossed news item as if it were plain', async () => {
    const text = [
      '泰(tài)國(guó)環(huán)境(jìng)研究(jiū)所所長(zhǎng)出席綠色採購論壇',
      '日期:2025/03/14 09:12:40',
      '3月12日,泰(tài)國(guó)環(huán)境(jìng)研究(jiū)所所長(zhǎng)頌薩·披汶出席在曼谷舉(jǔ)行(xíng)的第二屆東南亞綠色採購論壇並致辭(cí)。',
    ].join('\n');
    const briefing = ingestBriefing(Buffer.from(text, 'utf8'), path.join('test', 'news-2025.txt'));
    const quoted = briefing.text;
    expect(quoted).not.toMatch(/\([a-zà-ǜ]+\)/u);
    const { graph } = extractGraph([briefing], { gazetteer: await loadGazetteer(seedDir), reference: [] });
    const name = (id: string) => String(graph.entities.find((e) => e.id === id)?.properties.name ?? id);
    const facts = graph.relationships.filter((r) => r.properties.evidence).map((r) => `${r.type} ${name(r.start)} -> ${name(r.end)}`);
    expect(facts).toContain('HOLDS_POSITION 颂萨·披汶 -> 泰国环境研究所');
    expect(facts).toContain('ATTENDED 颂萨·披汶 -> 第二届东南亚绿色采购论坛');
    // Evidence is verbatim in the text the article keeps, in the script the source used.
    for (const r of graph.relationships) for (const quote of (r.properties.evidence as string[] | undefined) ?? []) expect(quoted).toContain(quote);
  });
});

describe('a double given name joined by a hyphen', () => {
  it('keeps both given names of a transliteration (own text)', async () => {
    const text = ['绿色发展简讯', '2025年第四期', '', '北欧生态标签代表团来访', '', '2025年11月3日，瑞典环境管理委员会首席执行官拉尔斯-奥洛夫·林德会见了本会代表，马库斯·贝格与艾玛·林德陪同会见。', ''].join('\n');
    const briefing = ingestBriefing(Buffer.from(text, 'utf8'), path.join('test', 'news-2025.txt'));
    const { graph } = extractGraph([briefing], { gazetteer: await loadGazetteer(seedDir), reference: [] });
    const people = graph.entities.filter((e) => e.label === 'Person').map((e) => String(e.properties.name)).sort();
    expect(people).toEqual(['拉尔斯-奥洛夫·林德', '艾玛·林德', '马库斯·贝格']);
  });
});
