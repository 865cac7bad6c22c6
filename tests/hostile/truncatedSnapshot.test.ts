import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseGraph, serializeGraph, SnapshotIncompleteError } from '../../src/graph/index.js';
import { seedGraph } from '../support/seedGraph.js';
import { kg, workspace } from './support.js';

// A snapshot cut short at a line boundary parses line by line: only its summary line (written
// last, counting what the file holds) tells it from a whole one. Every cut is refused, by the
// reader (serve, load) with the file and line named, and by `kg load` before it connects.

let text: string;
let lines: string[];

beforeAll(async () => {
  text = serializeGraph((await seedGraph()).graph);
  lines = text.trimEnd().split('\n');
});

describe('a truncated snapshot', () => {
  it('is refused at line boundaries all through the seed snapshot, naming the file and where it ends', () => {
    const source = '/data/graph.jsonl';
    const firstRelationship = lines.findIndex((l) => l.startsWith('{"type":"relationship"'));
    // Among the briefings, articles, entities and relationships, and just before the summary.
    const cuts = new Set([0, 1, 2, firstRelationship - 1, firstRelationship, firstRelationship + 1, lines.length - 2, lines.length - 1]);
    for (let cut = 3; cut < lines.length; cut += 97) cuts.add(cut);
    let refused = 0;
    for (const cut of cuts) {
      const truncated = lines.slice(0, cut).join('\n') + (cut > 0 ? '\n' : '');
      let error: unknown;
      try {
        parseGraph(truncated, source);
      } catch (e) {
        error = e;
      }
      expect(error, `cut after line ${cut} was accepted`).toBeInstanceOf(SnapshotIncompleteError);
      const where = cut === 0 ? 'is empty: it holds not even the summary line' : `ends at line ${cut} without the summary line`;
      expect((error as Error).message).toContain(`${source}:${cut + 1}: the snapshot ${where}`);
      refused++;
    }
    expect(refused).toBeGreaterThan(25);
    // The whole file, and the whole file without its final line break, are read.
    expect(parseGraph(text, source).relationships.length).toBeGreaterThan(1000);
    expect(parseGraph(text.trimEnd(), source).entities.length).toBeGreaterThan(400);
  });

  it('is refused when lines are lost inside it, or another snapshot follows it', () => {
    const firstRelationship = lines.findIndex((l) => l.startsWith('{"type":"relationship"'));
    const holed = [...lines.slice(0, firstRelationship + 10), ...lines.slice(firstRelationship + 11)].join('\n') + '\n';
    expect(() => parseGraph(holed, 'holed.jsonl')).toThrow(/^holed\.jsonl:\d+: the summary line counts \d+ relationships, but the file holds \d+: lines are missing/);
    const articles = lines.filter((l) => l.startsWith('{"type":"node"') && l.includes('"labels":["Article"]'));
    const lostArticle = lines.filter((l) => l !== articles[1]).join('\n') + '\n';
    expect(() => parseGraph(lostArticle, 'node.jsonl')).toThrow(`the summary line counts ${articles.length} articles, but the file holds ${articles.length - 1}`);
    expect(() => parseGraph(text + text, 'twice.jsonl')).toThrow(`twice.jsonl:${lines.length + 1}: a line follows the summary line ${lines.length}`);
    const otherFormat = text.replace('"format":"kg-snapshot/1"', '"format":"kg-snapshot/9"');
    expect(() => parseGraph(otherFormat, 'future.jsonl')).toThrow(`future.jsonl:${lines.length}: the summary line names format "kg-snapshot/9"; expected "kg-snapshot/1"`);
  });

  it('stays APOC JSON Lines: the summary is a node line, written last, the same on every build', async () => {
    const summary = JSON.parse(lines.at(-1)!) as { type: string; id: string; labels: string[]; properties: Record<string, unknown> };
    expect(summary).toMatchObject({ type: 'node', id: 'snapshot:summary', labels: ['Snapshot'] });
    const graph = parseGraph(text);
    expect(summary.properties).toEqual({
      format: 'kg-snapshot/1',
      briefings: graph.briefings.length,
      articles: graph.articles.length,
      entities: graph.entities.length,
      nodes: graph.briefings.length + graph.articles.length + graph.entities.length,
      relationships: graph.relationships.length,
    });
    // Every line is a node or a relationship with an id, as apoc.import.json reads them.
    for (const line of lines) expect(JSON.parse(line)).toMatchObject({ type: expect.stringMatching(/^(?:node|relationship)$/), id: expect.any(String) });
    expect(serializeGraph(graph)).toBe(text);
  });

  it('is refused by kg load before it connects, naming the file', { timeout: 60_000 }, async () => {
    const dir = workspace('kg-truncated-');
    const snapshot = path.join(dir, 'graph.jsonl');
    const cut = Math.floor(lines.length * 0.9);
    writeFileSync(snapshot, lines.slice(0, cut).join('\n') + '\n');
    // A port nothing listens on: had the snapshot been accepted, the error would be Neo4j's.
    const result = await kg(['load', '--snapshot', snapshot], { NEO4J_URI: 'bolt://127.0.0.1:9', NEO4J_PASSWORD: 'secret' }, 50_000);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`kg: ${snapshot}:${cut + 1}: the snapshot ends at line ${cut} without the summary line kg build writes last`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(snapshot, 'utf8').split('\n')).toHaveLength(cut + 1);
    rmSync(dir, { recursive: true, force: true });
  });
});
