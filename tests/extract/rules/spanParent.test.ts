import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractGraph, loadGazetteer } from '../../../src/extract/index.js';
import { ingestBriefing } from '../../../src/ingest/index.js';
import { seedDir } from '../../support/seedGraph.js';

// A briefing that reports a multi-day gathering article by article: the parts later articles
// report are parts of it and were held where it was, until an article reports something else.
// Texts written for these tests, about bodies, places and meetings not in the seed.

async function read(...articles: string[][]) {
  const text = ['国际合作简报', '2022年第二期', '', ...articles.flatMap(([heading, ...paras]) => [heading!, '', ...paras.flatMap((p) => [p, ''])])].join('\n');
  const briefing = ingestBriefing(Buffer.from(text, 'utf8'), path.join('test', 'briefing-2022.txt'));
  const { graph } = extractGraph([briefing], { gazetteer: await loadGazetteer(seedDir), reference: [] });
  const name = (id: string) => String(graph.entities.find((e) => e.id === id)?.properties.name ?? id);
  return (type: string) => graph.relationships.filter((r) => r.type === type).map((r) => `${name(r.start)} -> ${name(r.end)}`);
}

const CONGRESS = ['北欧生态标签理事会2022年会在赫尔辛基召开', '2022年9月12日至15日，北欧生态标签理事会2022年会在芬兰赫尔辛基举行，来自8个国家的60名代表出席。'];

describe('part-of and held-in across articles: the parts of a multi-day gathering', () => {
  it('makes a session, a signing and a side event reported in later articles parts of the gathering, held in its city (own text)', async () => {
    const facts = await read(
      CONGRESS,
      ['选举新一届理事会', '9月13日举行的成员大会选举产生了新一届理事会。'],
      ['签署合作备忘录', '9月14日，冰岛环境署与爱沙尼亚环境署签署了《北欧—波罗的海生态标签合作备忘录》。'],
    );
    const parts = facts('PART_OF').filter((f) => f.endsWith('-> 北欧生态标签理事会2022年会'));
    expect(parts.length).toBe(2);
    const heldInCity = facts('HELD_IN').filter((f) => f.endsWith('-> 赫尔辛基'));
    expect(heldInCity.length).toBe(3);
  });

  it('does not take an event held in another city, nor one after the gathering\'s days, nor any after the chain breaks (own text)', async () => {
    const facts = await read(
      CONGRESS,
      ['坦佩雷技术研讨会', '9月14日，北欧生态标签理事会在坦佩雷举办了纺织品标准技术研讨会。'],
      ['会后研讨会', '9月16日，北欧生态标签理事会举办了循环经济研讨会。'],
      ['签署合作备忘录', '9月15日，冰岛环境署与爱沙尼亚环境署签署了《北欧—波罗的海生态标签合作备忘录》。'],
    );
    expect(facts('PART_OF').filter((f) => f.endsWith('-> 北欧生态标签理事会2022年会'))).toEqual([]);
    expect(facts('HELD_IN').filter((f) => f.endsWith('-> 赫尔辛基')).length).toBe(1);
  });
});
