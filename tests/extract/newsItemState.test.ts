import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractGraph, loadGazetteer, loadReferenceFacts } from '../../src/extract/index.js';
import type { Graph } from '../../src/graph/index.js';
import { ingestBriefing } from '../../src/ingest/index.js';
import { projectRoot, seedDir } from '../support/seedGraph.js';

// A page of five news items written for this test. 日本环境协会 is named in the first item and the
// last only; the items between report a launch (whose story says "该协会还发布了《…》" with no
// body of its own to point at), a forum and a guide. Their date lines come with a source or an
// author, before or after the date, bracketed or on a line of their own under a byline: each
// must still open an item, and nothing the first item named may be read into the next stories.

const FILE = path.join(projectRoot, 'tests', 'fixtures', 'news-pages', 'green-news-2024.txt');
const ORG = '日本环境协会';
let graph: Graph;
beforeAll(async () => {
  const briefing = ingestBriefing(await readFile(FILE), FILE);
  const gazetteer = await loadGazetteer(seedDir);
  ({ graph } = extractGraph([briefing], { gazetteer, reference: await loadReferenceFacts(seedDir, gazetteer) }));
});

const idOf = (name: string) => graph.entities.find((e) => e.properties.name === name || e.properties.aliases.includes(name))?.id;
const textOf = (articleId: string) => graph.articles.find((a) => a.id === articleId)?.text ?? '';
/** Facts read from the page (with the articles they were read in), not reference data. */
const readFacts = () => graph.relationships.filter((r) => Array.isArray(r.properties.sources) && (r.properties.sources as string[]).length > 0);

describe('a page of news items', () => {
  it('makes each dated headline its own article, whatever stands beside its date', () => {
    expect(graph.articles.map((a) => a.title)).toEqual([
      '封面',
      '日本环境协会在东京举办生态标志研讨会',
      '新加坡绿色建材标签新类别正式启动',
      '亚太绿色采购论坛在曼谷召开',
      '《绿色餐饮采购指南》正式发布',
      '日本环境协会与韩国环境产业技术院签署合作备忘录',
    ]);
    // each item's story stays in its own article
    expect(graph.articles[2]!.text).toContain('启动仪式在新加坡举行');
    expect(graph.articles[2]!.text).not.toContain('第五届亚太绿色采购论坛');
    expect(graph.articles[1]!.text).not.toContain('启动仪式');
  });

  it('reads no fact about the first item\'s organisation in a later item that does not name it', () => {
    const org = idOf(ORG)!;
    expect(org).toBeDefined();
    const leaked = readFacts().filter((r) => {
      if (r.start !== org && r.end !== org) return false;
      const sources = r.properties.sources as string[];
      return !sources.some((s) => textOf(s).includes(ORG));
    });
    expect(leaked.map((r) => `${r.type} ${r.start} -> ${r.end}`)).toEqual([]);
    // "该协会还发布了《…》" in the launch story has no body of its own to stand for
    const guide = idOf('绿色建材选购指南');
    expect(guide).toBeDefined();
    expect(graph.relationships.filter((r) => r.type === 'PUBLISHED' && r.end === guide && r.start === org)).toEqual([]);
  });

  it('still reads the facts of the items that name it', () => {
    const org = idOf(ORG)!;
    const seminar = readFacts().find((r) => r.type === 'ORGANIZED' && r.start === org);
    expect(seminar).toBeDefined();
    expect((seminar!.properties.sources as string[]).every((s) => textOf(s).includes('研讨会'))).toBe(true);
    const keiti = idOf('韩国环境产业技术院');
    expect(keiti).toBeDefined();
    const signed = readFacts().filter((r) => r.type === 'SIGNED' && (r.start === org || r.start === keiti));
    expect(new Set(signed.map((r) => r.start))).toEqual(new Set([org, keiti]));
  });
});

describe('a list heading\'s body', () => {
  // Written for this test: a list whose heading names 中国质量认证中心, a line of prose, then a
  // second list whose heading names no body.
  const LIST = path.join(projectRoot, 'tests', 'fixtures', 'news-pages', 'work-list-2023.txt');
  let listGraph: Graph;
  beforeAll(async () => {
    const gazetteer = await loadGazetteer(seedDir);
    ({ graph: listGraph } = extractGraph([ingestBriefing(await readFile(LIST), LIST)], { gazetteer, reference: await loadReferenceFacts(seedDir, gazetteer) }));
  });
  const contributedTo = (org: string) => {
    const id = listGraph.entities.find((e) => e.properties.name === org || e.properties.aliases.includes(org))?.id;
    expect(id).toBeDefined();
    return listGraph.relationships
      .filter((r) => r.type === 'CONTRIBUTED_TO' && r.start === id)
      .map((r) => listGraph.entities.find((e) => e.id === r.end)?.properties.name)
      .sort();
  };

  it('is the subject of its own items, not of a later list after a line of prose', () => {
    expect(contributedTo('中国质量认证中心')).toEqual(['再生纸制品采购规范', '绿色数据中心评价指南']);
  });
});
