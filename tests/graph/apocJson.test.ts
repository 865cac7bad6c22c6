import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseGraph, serializeGraph, serializeGraphChunks, toApocLines, type Graph } from '../../src/graph/index.js';

// The snapshot writer stringifies many lines at once and cuts the result into lines; these
// check that what it writes is still, line for line, the JSON of each line.

const fixture = fileURLToPath(new URL('../fixtures/mini-graph.jsonl', import.meta.url));

/** Strings that look like the place where one line ends and the next begins, and other JSON hazards. */
const hostile = ['},{"type":"node","id":"x"}', '}\n{"type":', 'quote " backslash \\ tab \t', 'lone surrogate \ud800 end', '{"type":'];

function hostileGraph(): Graph {
  return {
    briefings: [{ id: 'briefing:b', title: hostile[0]!, file: 'b.txt', sha256: 'ab' }],
    articles: [{ id: 'article:b:00', briefingId: 'briefing:b', title: hostile[1]!, order: 0, startOffset: 0, endOffset: 5, text: hostile.join('\n') }],
    entities: [
      { id: 'organization:a', label: 'Organization', properties: { id: 'organization:a', name: hostile[2]!, aliases: [...hostile] } },
      { id: 'organization:b', label: 'Organization', properties: { id: 'organization:b', name: '乙', aliases: [] } },
    ],
    relationships: [
      { id: 'mentions:1', type: 'MENTIONS', start: 'article:b:00', end: 'organization:a', properties: { firstOffset: 3, count: 2 } },
      { id: 'cooperates_with:1', type: 'COOPERATES_WITH', start: 'organization:a', end: 'organization:b', properties: { evidence: [hostile[3]!, hostile[4]!], confidence: 0.7, sources: [] } },
    ],
  };
}

function oneLineAtATime(graph: Graph): string {
  return toApocLines(graph).map((line) => JSON.stringify(line) + '\n').join('');
}

describe('serializeGraph', () => {
  it('writes each line as the JSON of that line, even when strings spell out a line break', () => {
    const graph = hostileGraph();
    const text = serializeGraph(graph);
    expect(text).toBe(oneLineAtATime(graph));
    expect(text.split('\n')).toHaveLength(toApocLines(graph).length + 1);
    expect(parseGraph(text).entities[0]!.properties.aliases).toEqual(hostile);
  });

  it('gives the same bytes whatever the chunk size', () => {
    const graph = parseGraph(readFileSync(fixture, 'utf8'));
    const whole = serializeGraph(graph);
    for (const size of [1, 2, 7, 1000]) expect([...serializeGraphChunks(graph, size)].join('')).toBe(whole);
    expect([...serializeGraphChunks(graph, 7)].length).toBe(Math.ceil(toApocLines(graph).length / 7));
  });

  it('writes the fixture snapshot back byte for byte', () => {
    const text = readFileSync(fixture, 'utf8');
    expect(serializeGraph(parseGraph(text))).toBe(text);
  });

  it('sorts property keys and leaves out empty lists other than aliases', () => {
    const line = toApocLines(hostileGraph()).find((l) => l.id === 'cooperates_with:1')!;
    expect(Object.keys(line.properties)).toEqual(['confidence', 'evidence']);
    const entity = toApocLines(hostileGraph()).find((l) => l.id === 'organization:b')!;
    expect(entity.properties.aliases).toEqual([]);
  });

  it('writes an empty graph as its summary line alone', () => {
    expect(serializeGraph({ briefings: [], articles: [], entities: [], relationships: [] })).toBe(
      '{"type":"node","id":"snapshot:summary","labels":["Snapshot"],"properties":{"articles":0,"briefings":0,"entities":0,"format":"kg-snapshot/1","nodes":0,"relationships":0}}\n',
    );
  });
});
