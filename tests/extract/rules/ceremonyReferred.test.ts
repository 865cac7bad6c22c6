import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractGraph, loadGazetteer } from '../../../src/extract/index.js';
import { ingestBriefing } from '../../../src/ingest/index.js';
import { seedDir } from '../../support/seedGraph.js';

// "出席了签署仪式" in a story about a forum: the ceremony is the signing read last, not the forum.
// Texts written for these tests, about bodies and meetings not in the seed.

async function attended(heading: string, ...paras: string[]) {
  const text = ['国际合作简报', '2022年第三期', '', heading, '', ...paras.flatMap((p) => [p, ''])].join('\n');
  const briefing = ingestBriefing(Buffer.from(text, 'utf8'), path.join('test', 'briefing-2022.txt'));
  const { graph } = extractGraph([briefing], { gazetteer: await loadGazetteer(seedDir), reference: [] });
  const name = (id: string) => String(graph.entities.find((e) => e.id === id)?.properties.name ?? id);
  return graph.relationships.filter((r) => r.type === 'ATTENDED').map((r) => `${name(r.start)} -> ${name(r.end)}`);
}

describe('participation: a ceremony named by its kind alone', () => {
  it('has a guest of 签署仪式 attend the signing held during the forum (own text)', async () => {
    const facts = await attended(
      '波罗的海绿色采购论坛在里加举行',
      '2022年6月8日，第三届波罗的海绿色采购论坛在拉脱维亚里加开幕。论坛期间，拉脱维亚环境保护署与立陶宛公共采购办公室签署《波罗的海绿色采购合作协议》。爱沙尼亚财政部副部长卡丽·塔姆出席了签署仪式。',
    );
    const tamm = facts.filter((f) => f.startsWith('卡丽·塔姆 -> '));
    expect(tamm.length).toBe(1);
    expect(tamm[0]).toMatch(/签署$/u);
  });

  it('leaves a guest of the forum itself at the forum, though a signing was read (own text)', async () => {
    const facts = await attended(
      '波罗的海绿色采购论坛在里加举行',
      '2022年6月8日，第三届波罗的海绿色采购论坛在拉脱维亚里加开幕。论坛期间，拉脱维亚环境保护署与立陶宛公共采购办公室签署《波罗的海绿色采购合作协议》。爱沙尼亚财政部副部长卡丽·塔姆出席了论坛。',
    );
    expect(facts.filter((f) => f.startsWith('卡丽·塔姆 -> '))).toEqual(['卡丽·塔姆 -> 第三届波罗的海绿色采购论坛']);
  });
});
