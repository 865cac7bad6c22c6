import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateQuality, formatQualityReport, scoreAnnotation } from '../../src/cli/qualityReport.js';
import type { Graph } from '../../src/graph/index.js';
import { projectRoot, seedGraph } from '../support/seedGraph.js';

const tiny: Graph = {
  briefings: [{ id: 'briefing:b', title: 'B', file: 'b.txt', sha256: 'x' }],
  articles: [{ id: 'article:b:01', briefingId: 'briefing:b', title: '张小丹会见宇野治', order: 1, startOffset: 0, endOffset: 10, text: '' }],
  entities: [
    { id: 'person:zhang-xiaodan', label: 'Person', properties: { id: 'person:zhang-xiaodan', name: '张小丹', aliases: [] } },
    { id: 'organization:cec', label: 'Organization', properties: { id: 'organization:cec', name: '中环联合认证中心', aliases: ['中环联合'] } },
    { id: 'event:2018-03-26-x', label: 'Event', properties: { id: 'event:2018-03-26-x', name: '会见', aliases: [], startDate: '2018-03-26' } },
  ],
  relationships: [
    { id: 'r1', type: 'HOLDS_POSITION', start: 'person:zhang-xiaodan', end: 'organization:cec', properties: { sources: ['article:b:01'], evidence: ['…'] } },
    { id: 'r2', type: 'ATTENDED', start: 'organization:cec', end: 'event:2018-03-26-x', properties: { sources: ['article:b:01'], evidence: ['…'] } },
    { id: 'm1', type: 'MENTIONS', start: 'article:b:01', end: 'person:zhang-xiaodan', properties: { count: 1, firstOffset: 0 } },
    { id: 'm2', type: 'MENTIONS', start: 'article:b:01', end: 'organization:cec', properties: { count: 1, firstOffset: 0 } },
  ],
};

describe('the quality report', () => {
  it('scores recall by any name form and precision over the sampled articles', () => {
    const s = scoreAnnotation(tiny, {
      briefing: 'b.txt',
      articles: ['张小丹会见宇野治'],
      entities: [
        { label: 'Person', name: '张小丹' },
        { label: 'Organization', name: '中环联合' },
        { label: 'Person', name: '宇野治' },
      ],
      events: [{ id: 'e1', name: '张小丹会见', startDate: '2018-03-26', endDate: null }],
      facts: [
        { type: 'HOLDS_POSITION', from: '张小丹', to: '中环联合' },
        { type: 'ATTENDED', from: '张小丹', to: '@e1' },
      ],
    });
    expect(s.entityRecall).toEqual({ hit: 2, total: 3 });
    expect(s.missedEntities).toEqual(['Person 宇野治']);
    expect(s.eventRecallWithDates).toEqual({ hit: 1, total: 1 });
    expect(s.factRecallTyped).toEqual({ hit: 1, total: 2 });
    expect(s.factPrecision).toEqual({ hit: 1, total: 2 });
    expect(s.extraFacts).toEqual(['ATTENDED 中环联合认证中心 -> 会见']);
    expect(s.extraEntities).toEqual([]);
    expect(s.entityPrecision).toEqual({ hit: 2, total: 2 });
  });

  it('keeps the extractor above its measured quality on the annotated sample (a regression guard)', async () => {
    const { graph } = await seedGraph();
    const report = await evaluateQuality(graph, path.join(projectRoot, 'tests', 'fixtures', 'annotations'));
    const ratio = (r: { hit: number; total: number }) => r.hit / r.total;
    // The four briefings annotated first are held at the levels reached on them. The fifth
    // (2021-spring, narrow-column PDF layout) came with its figures before any change for its
    // layout (tests/fixtures/annotations/figures/one-planet-spp-briefing-2021-spring.before.txt:
    // entity recall 0.62, facts linked 0.14, events 0.20). Session 8's reader reads it at 0.931 /
    // 0.721 / 0.80 with fact precision 0.725 (from 0.241), and it is held at the targets.
    const spring = 'one-planet-spp-briefing-2021-spring.txt';
    const first = report.scores.filter((s) => s.scope !== spring);
    expect(first).toHaveLength(4);
    const sum = (key: 'entityRecall' | 'eventRecallWithDates' | 'factRecallLinked' | 'factRecallTyped' | 'factPrecision') =>
      first.reduce((acc, s) => ({ hit: acc.hit + s[key].hit, total: acc.total + s[key].total }), { hit: 0, total: 0 });
    expect(ratio(sum('entityRecall'))).toBeGreaterThanOrEqual(0.95);
    expect(ratio(sum('eventRecallWithDates'))).toBeGreaterThanOrEqual(0.9);
    // Measured at 0.977 linked, 0.971 typed and 0.727 fact precision (session 2); 0.746 fact
    // precision once an event is no longer also held in the country its city lies in (session 5);
    // over 0.86 once a body no longer attends where only its officer did (session 10).
    expect(ratio(sum('factRecallLinked'))).toBeGreaterThanOrEqual(0.95);
    expect(ratio(sum('factRecallTyped'))).toBeGreaterThanOrEqual(0.93);
    expect(ratio(sum('factPrecision'))).toBeGreaterThanOrEqual(0.82);
    const fifth = report.scores.find((s) => s.scope === spring)!;
    expect(ratio(fifth.entityRecall)).toBeGreaterThanOrEqual(0.9);
    expect(ratio(fifth.factRecallLinked)).toBeGreaterThanOrEqual(0.7);
    expect(ratio(fifth.factPrecision)).toBeGreaterThanOrEqual(0.7);
    expect(ratio(fifth.eventRecallWithDates)).toBeGreaterThanOrEqual(0.8);
    expect(formatQualityReport(report)).toMatch(/fact recall, type right\s+\d+\.\d%/);
    expect(formatQualityReport(report)).toMatch(/facts the annotations do not have \(first 15\):\n {4}\S/);
  });
});
