import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeGraph, type Graph } from '../../src/graph/index.js';
import { eventToItem, type GqlEvent } from '../../src/explore/eventToItem.js';
import { seedGraph } from '../support/seedGraph.js';
import { kg, workspace } from '../hostile/support.js';

// The md and csv timelines show one source per event, the first: it must be a body sentence, not
// a contents line or a heading (issue 15, item 9).

describe('the source a timeline shows', () => {
  it('is the body sentence for the 2017-11-29 forum, in md and csv', { timeout: 60_000 }, async () => {
    const { out } = await seedGraph();
    for (const format of ['md', 'csv']) {
      const { code, stdout } = await kg(['timeline', '--entity', 'CEC', '--from', '2017-11-29', '--to', '2017-11-29', '--format', format, '--snapshot', out]);
      expect(code).toBe(0);
      const row = stdout.split('\n').find((l) => l.includes('创新引领'))!;
      expect(row).toContain('11月29日，“创新引领 助推绿色生产和消费”论坛，暨中环联合认证中心十五周年主题活动在北京举办。');
      expect(row).not.toContain('◇');
    }
  });

  it('comes from a fact a body sentence states before one read from the contents, in kg timeline and on the explore page', { timeout: 60_000 }, async () => {
    // Written for the test: the place is read from the contents only, the organiser from the body.
    const contents = '- ◇ 绿色采购研讨会在河内召开';
    const body = '2019年4月2日，越南环境总局在河内主办绿色采购研讨会。';
    const graph: Graph = {
      briefings: [{ id: 'briefing:b', title: '简报 2019年第一期', file: 'briefings/b.txt', sha256: 'ab' }],
      articles: [
        { id: 'article:b:00', briefingId: 'briefing:b', title: '封面与目录', order: 0, startOffset: 0, endOffset: contents.length + 1, text: `${contents}\n` },
        { id: 'article:b:01', briefingId: 'briefing:b', title: '绿色采购研讨会在河内召开', order: 1, startOffset: contents.length + 1, endOffset: contents.length + 1 + body.length, text: body },
      ],
      entities: [
        { id: 'event:2019-04-02-workshop', label: 'Event', properties: { id: 'event:2019-04-02-workshop', name: '绿色采购研讨会', aliases: [], kind: 'workshop', startDate: '2019-04-02', datePrecision: 'day' } },
        { id: 'place:hanoi', label: 'Place', properties: { id: 'place:hanoi', name: '河内', aliases: [] } },
        { id: 'organization:vea', label: 'Organization', properties: { id: 'organization:vea', name: '越南环境总局', aliases: [] } },
      ],
      relationships: [
        { id: 'held_in:1', type: 'HELD_IN', start: 'event:2019-04-02-workshop', end: 'place:hanoi', properties: { method: 'structure:contents', confidence: 0.8, sources: ['article:b:00'], evidence: ['绿色采购研讨会在河内召开'] } },
        { id: 'organized:1', type: 'ORGANIZED', start: 'organization:vea', end: 'event:2019-04-02-workshop', properties: { method: 'pattern:hosted-by', confidence: 0.85, role: 'host', sources: ['article:b:01'], evidence: [body] } },
        { id: 'has_article:0', type: 'HAS_ARTICLE', start: 'briefing:b', end: 'article:b:00', properties: { order: 0 } },
        { id: 'has_article:1', type: 'HAS_ARTICLE', start: 'briefing:b', end: 'article:b:01', properties: { order: 1 } },
      ],
    };
    const dir = workspace('kg-timeline-source-');
    const snapshot = path.join(dir, 'graph.jsonl');
    writeFileSync(snapshot, serializeGraph(graph));
    const { code, stdout } = await kg(['timeline', '--entity', '越南环境总局', '--format', 'csv', '--snapshot', snapshot]);
    rmSync(dir, { recursive: true, force: true });
    expect(code).toBe(0);
    expect(stdout.split('\n')[1]).toContain(body);

    // The explore page orders an event's relations' sources the same way.
    const relation = (type: string, method: string, quote: string, direction: 'IN' | 'OUT', node: { id: string; name: string; type: string }) => ({
      type,
      direction,
      method,
      confidence: 0.8,
      role: null,
      node,
      sources: [{ quote, citation: null, briefing: { title: '简报 2019年第一期' }, article: { id: 'article:b:01', title: 't' } }],
    });
    const event = {
      id: 'event:2019-04-02-workshop',
      name: '绿色采购研讨会',
      nameEn: null,
      kind: 'workshop',
      startDate: '2019-04-02',
      endDate: null,
      datePrecision: 'day',
      relations: [
        relation('HELD_IN', 'structure:contents', '绿色采购研讨会在河内召开', 'OUT', { id: 'place:hanoi', name: '河内', type: 'Place' }),
        relation('ORGANIZED', 'pattern:hosted-by', body, 'IN', { id: 'organization:vea', name: '越南环境总局', type: 'Organization' }),
      ],
    } as unknown as GqlEvent;
    expect(eventToItem(event).sources[0]?.quote).toBe(body);
  });
});
