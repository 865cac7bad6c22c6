import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractGraph, loadGazetteer } from '../../src/extract/index.js';
import { ingestBriefing } from '../../src/ingest/index.js';
import { seedDir } from '../support/seedGraph.js';
import { notANameBecause } from '../../src/extract/discoverFilter.js';

// Two bodies are two nodes: not one name made of a body, a title, a person and another body, nor of
// two bodies joined by 与 when the first ends as Hong Kong's associations do (协进会). Texts written
// for these tests.

describe('bodies glued together', () => {
  it('refuses a name holding a title and a person before a join', () => {
    expect(notANameBecause('中环联合认证中心副总经理李明华和瑞典环境管理委员会', 'Organization')).toBeDefined();
    expect(notANameBecause('瑞典环境管理委员会', 'Organization')).toBeUndefined();
    expect(notANameBecause('东盟经济社会委员会环境与发展司', 'Organization')).toBeUndefined();
  });

  it('reads two signing bodies joined by 与 as two, the first a 协进会', async () => {
    const text = ['绿色发展简讯', '2025年第四期', '', '签约', '', '2025年3月4日，澳门环保协进会与广州市标准化研究院签署了合作备忘录。', ''].join('\n');
    const briefing = ingestBriefing(Buffer.from(text, 'utf8'), path.join('test', 'news-2025.txt'));
    const { graph } = extractGraph([briefing], { gazetteer: await loadGazetteer(seedDir), reference: [] });
    const bodies = graph.entities.filter((e) => e.label === 'Organization').map((e) => String(e.properties.name));
    expect(bodies).toEqual(expect.arrayContaining(['澳门环保协进会', '广州市标准化研究院']));
    expect(bodies.some((b) => b.includes('与'))).toBe(false);
  });

  it('refuses a body with a former post glued in (own text)', () => {
    expect(notANameBecause('亚洲绿色采购网络前顾问委员会', 'Organization')).toBeDefined();
    expect(notANameBecause('亚洲绿色采购网络顾问委员会', 'Organization')).toBeUndefined();
  });

  it('keeps a 和 inside a name when a list of parties is read before 共同 (own text)', async () => {
    const text = ['绿色发展简讯', '2025年第四期', '', '签约', '', '2025年6月9日，中环联合认证中心在北京与瑞典环境署和瑞典质量保证和环境标签协会共同签署了《中瑞绿色消费合作意向书》。', ''].join('\n');
    const briefing = ingestBriefing(Buffer.from(text, 'utf8'), path.join('test', 'news-2025.txt'));
    const { graph } = extractGraph([briefing], { gazetteer: await loadGazetteer(seedDir), reference: [] });
    const bodies = graph.entities.filter((e) => e.label === 'Organization').map((e) => String(e.properties.name));
    expect(bodies).toContain('瑞典质量保证和环境标签协会');
    expect(bodies).not.toContain('环境标签协会');
  });
});
