import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestError, ingestBriefing, listBriefingFiles, normaliseText } from '../../src/ingest/index.js';
import { SEED, SEED_DIR, encodeGbk, encodeUtf16, seedBytes, seedFiles, seedText } from './fixtures.js';

describe('ingestBriefing', () => {
  it('hashes the raw bytes and returns the normalised text with its articles and metadata', () => {
    const bytes = seedBytes(SEED.y2017);
    const briefing = ingestBriefing(bytes, SEED.y2017);
    expect(briefing.file).toBe(SEED.y2017);
    expect(briefing.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(briefing.encoding).toBe('utf-8');
    expect(briefing.text).toBe(normaliseText(seedText(SEED.y2017)));
    expect(briefing.meta.issue).toBe('2017年第四期');
    expect(briefing.articles).toHaveLength(25);
    expect(briefing.warnings).toEqual([]);
  });

  it('reads the same briefing saved as UTF-16 into the same text and articles, under another hash', () => {
    const utf8 = ingestBriefing(seedBytes(SEED.y2018), 'a.txt');
    const utf16 = ingestBriefing(encodeUtf16(seedText(SEED.y2018), 'be', false), 'b.txt');
    expect(utf16.encoding).toBe('utf-16be');
    expect(utf16.text).toBe(utf8.text);
    expect(utf16.articles).toEqual(utf8.articles);
    expect(utf16.sha256).not.toBe(utf8.sha256);
  });

  it('reads the whole 2020 briefing saved as GBK with Windows line ends into the same text and articles', () => {
    const original = ingestBriefing(seedBytes(SEED.y2020), SEED.y2020);
    const gbk = ingestBriefing(encodeGbk(seedText(SEED.y2020).replace(/\n/g, '\r\n')), 'gbk.txt');
    expect(gbk.encoding).toBe('gb18030');
    expect(gbk.text).toBe(original.text);
    expect(gbk.articles).toEqual(original.articles);
    expect(gbk.meta).toEqual(original.meta);
  });

  it('passes on the warning about a truncated last character', () => {
    const bytes = seedBytes(SEED.y2021);
    const cut = new Uint8Array([...bytes, 0xe4, 0xb8]);
    const briefing = ingestBriefing(cut, 'cut.txt');
    expect(briefing.warnings).toEqual([expect.stringContaining(`byte offset ${bytes.length}`)]);
    expect(briefing.text).toBe(normaliseText(seedText(SEED.y2021)));
  });

  it('keeps article offsets pointing into its own text', () => {
    for (const file of seedFiles()) {
      const { text, articles } = ingestBriefing(seedBytes(file), file);
      expect(articles.at(-1)!.endOffset).toBe(text.length);
    }
  });
});

describe('listBriefingFiles', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'ingest-list-'));
    await mkdir(path.join(dir, 'nested', 'deeper'), { recursive: true });
    await mkdir(path.join(dir, 'empty'));
    await writeFile(path.join(dir, 'b.txt'), '二');
    await writeFile(path.join(dir, 'a.md'), '一');
    await writeFile(path.join(dir, 'nested', 'deeper', 'c.TXT'), '三');
    await writeFile(path.join(dir, 'nested', 'cover.pdf'), '%PDF');
    await writeFile(path.join(dir, 'empty', 'notes.docx'), 'x');
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('lists the seed briefings in order', async () => {
    expect(await listBriefingFiles([SEED_DIR])).toEqual(seedFiles().map((f) => path.join(SEED_DIR, f)));
  });

  it('walks folders recursively for .txt and .md, sorted, without duplicates', async () => {
    const listed = await listBriefingFiles([dir, path.join(dir, 'b.txt'), `${dir}/./a.md`]);
    expect(listed).toEqual([path.join(dir, 'a.md'), path.join(dir, 'b.txt'), path.join(dir, 'nested', 'deeper', 'c.TXT')]);
  });

  it('refuses a folder with no briefings, naming it', async () => {
    const empty = path.join(dir, 'empty');
    await expect(listBriefingFiles([empty])).rejects.toThrow(IngestError);
    await expect(listBriefingFiles([empty])).rejects.toThrow(`${empty}: has no briefings; expected *.txt or *.md files`);
  });

  it('refuses a path that does not exist, naming it', async () => {
    const missing = path.join(dir, 'missing');
    await expect(listBriefingFiles([missing])).rejects.toThrow(`${missing}: does not exist; expected a briefing file or a folder of briefings`);
  });
});
