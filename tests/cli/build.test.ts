import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { briefingsDir, projectRoot } from '../support/seedGraph.js';
import { defaultBuildWorkers } from '../../src/cli/readBriefings.js';

// `kg build` as a user runs it: the compiled CLI (npm test builds it first), real files.

const run = promisify(execFile);
const cli = path.join(projectRoot, 'dist', 'cli', 'main.js');

async function kg(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args], { cwd: projectRoot, env: { ...process.env, CI: 'true' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function workspace(): string {
  return mkdtempSync(path.join(tmpdir(), 'kg-cli-'));
}

const sample = path.join(briefingsDir, 'cec-international-cooperation-2018-q1.txt');

describe('kg build', () => {
  it('builds a snapshot and prints counts by label and type and the skipped sentences', async () => {
    const dir = workspace();
    const out = path.join(dir, 'graph.jsonl');
    const result = await kg(['build', sample, '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/nodes by label:[\s\S]*Organization\s+\d+/);
    expect(result.stdout).toMatch(/relationships by type:[\s\S]*MENTIONS\s+\d+/);
    expect(result.stdout).toMatch(/sentences skipped: \d+/);
    expect(result.stderr).toMatch(/\[1\/1\] ingested cec-international-cooperation-2018-q1\.txt/);
    const first = JSON.parse(readFileSync(out, 'utf8').split('\n')[0]!);
    expect(first).toMatchObject({ type: 'node', labels: ['Briefing'] });
  });

  it.each([
    ['an empty file', Buffer.alloc(0), /empty\.txt.*empty/],
    ['a binary file', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3, 0, 0, 0xff, 0xfe, 0, 0]), /binary\.txt.*binary/],
  ])('rejects %s with an error naming it and keeps the previous snapshot', async (_what, bytes, message) => {
    const dir = workspace();
    const out = path.join(dir, 'graph.jsonl');
    expect((await kg(['build', sample, '--out', out])).code).toBe(0);
    const before = readFileSync(out, 'utf8');
    const bad = path.join(dir, 'in');
    mkdirSync(bad);
    copyFileSync(sample, path.join(bad, 'a.txt'));
    const name = message.source.startsWith('empty') ? 'empty.txt' : 'binary.txt';
    writeFileSync(path.join(bad, name), bytes);
    const result = await kg(['build', bad, '--out', out]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/); // one clear line, no stack
    expect(readFileSync(out, 'utf8')).toBe(before);
  });

  it('reads a GBK-encoded briefing like its UTF-8 original', async () => {
    const dir = workspace();
    // "2018年3月26日，中环联合认证中心总经理张小丹会见了来访的代表团。" encoded as GBK.
    const bytes = Buffer.from(
      '32303138C4EA33D4C23236C8D5A3AC' + 'D6D0BBB7C1AABACFC8CFD6A4D6D0D0C4D7DCBEADC0EDD5C5D0A1B5A4' + 'BBE1BCFBC1CBC0B4B7C3B5C4B4FAB1EDCDC5A1A3',
      'hex',
    );
    const file = path.join(dir, 'gbk.txt');
    writeFileSync(file, bytes);
    const out = path.join(dir, 'graph.jsonl');
    const result = await kg(['build', file, '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/gb18030/);
    const snapshot = readFileSync(out, 'utf8');
    expect(snapshot).toContain('"name":"张小丹"');
    expect(snapshot).toContain('2018年3月26日，中环联合认证中心总经理张小丹会见了来访的代表团。');
  });

  it('reads truncated UTF-8 with a warning instead of losing the briefing', async () => {
    const dir = workspace();
    const file = path.join(dir, 'truncated.txt');
    // Cut inside the three bytes of 中 (E4 B8 AD).
    const cut = Buffer.concat([Buffer.from('中环联合认证中心总经理张小丹会见'), Buffer.from([0xe4, 0xb8])]);
    writeFileSync(file, cut);
    const result = await kg(['build', file, '--out', path.join(dir, 'graph.jsonl')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/warnings:[\s\S]*truncated\.txt/);
  });

  it('refuses a file too large to be one briefing, naming it and the limit, and keeps the snapshot', async () => {
    const dir = workspace();
    const out = path.join(dir, 'graph.jsonl');
    expect((await kg(['build', sample, '--out', out])).code).toBe(0);
    const before = readFileSync(out, 'utf8');
    const huge = path.join(dir, 'huge.txt');
    writeFileSync(huge, Buffer.alloc(21 * 1024 * 1024, '中'.repeat(1)));
    const result = await kg(['build', huge, '--out', out]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/huge\.txt is 21\.0 MiB; a briefing is expected to be at most 20 MiB/);
    expect(readFileSync(out, 'utf8')).toBe(before);
  });

  it('says so when a folder holds no briefings, and writes nothing', async () => {
    const dir = workspace();
    const emptyDir = path.join(dir, 'nothing');
    mkdirSync(emptyDir);
    const out = path.join(dir, 'graph.jsonl');
    const result = await kg(['build', emptyDir, '--out', out]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/nothing/);
    expect(existsSync(out)).toBe(false);
  });

  it('gives the same snapshot, byte for byte, whether worker threads read the briefings or not', { timeout: 60_000 }, async () => {
    const dir = workspace();
    const inThread = path.join(dir, 'one-thread.jsonl');
    const inWorkers = path.join(dir, 'workers.jsonl');
    const one = await kg(['build', briefingsDir, '--out', inThread, '--workers', '0']);
    const three = await kg(['build', briefingsDir, '--out', inWorkers, '--workers', '3']);
    expect([one.code, three.code]).toEqual([0, 0]);
    // Workers finish in any order, yet every briefing is reported once (five seed briefings since
    // the narrow-column 2021-spring one was added).
    const count = readdirSync(briefingsDir).filter((f) => f.endsWith('.txt')).length;
    expect(count).toBe(5);
    expect(three.stderr.match(new RegExp(`\\[\\d/${count}\\] ingested `, 'g'))).toHaveLength(count);
    expect(readFileSync(inWorkers, 'utf8')).toBe(readFileSync(inThread, 'utf8'));
  });

  it('names the first unreadable file in list order when workers read several bad ones', async () => {
    const dir = workspace();
    const bad = path.join(dir, 'in');
    mkdirSync(bad);
    copyFileSync(sample, path.join(bad, 'a.txt'));
    writeFileSync(path.join(bad, 'b-empty.txt'), Buffer.alloc(0));
    writeFileSync(path.join(bad, 'c-empty.txt'), Buffer.alloc(0));
    const out = path.join(dir, 'graph.jsonl');
    const result = await kg(['build', bad, '--out', out, '--workers', '3']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/b-empty\.txt.*empty/);
    expect(result.stderr).not.toMatch(/c-empty/);
    expect(existsSync(out)).toBe(false);
  });

  it('rejects a --workers that is not a whole number', async () => {
    const result = await kg(['build', '--workers', 'many']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--workers is many; expected a whole number/);
  });

  it('rejects an unknown flag with usage', async () => {
    const result = await kg(['build', '--frobnicate']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/frobnicate[\s\S]*usage: kg build/);
  });
});

describe('the default number of build workers', () => {
  it('keeps one core for the main thread and starts workers only with a core each to spare', () => {
    expect([1, 2, 3, 4, 5, 16].map((cores) => defaultBuildWorkers(cores))).toEqual([0, 0, 2, 3, 4, 4]);
  });
});
