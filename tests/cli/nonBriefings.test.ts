import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedGraph } from '../support/seedGraph.js';
import { kg, workspace } from '../hostile/support.js';

// `kg build` over files that are not briefings: an error naming them, and the snapshot already
// built stays as it was (a running server would otherwise drop to the seed data alone).

describe('kg build over files that are not briefings', () => {
  it.each([
    ['a folder holding only a readme', 'readme.md', '# ecolabel-kg\n\nA knowledge graph. Run `npm install`, then `npm start`.\n'],
    ['a file of headings only', 'headings.md', '# 国际合作简报 2019年第一期\n\n## 一、国际合作动态\n\n### 中国环境标志与德国蓝天使的合作\n\n## 二、标准与认证\n'],
  ])('refuses %s, naming the file, and keeps the previous snapshot', { timeout: 120_000 }, async (_name, file, text) => {
    const dir = workspace('kg-not-briefings-');
    const input = path.join(dir, 'input');
    mkdirSync(input);
    writeFileSync(path.join(input, file), text);
    const out = path.join(dir, 'graph.jsonl');
    copyFileSync((await seedGraph()).out, out);
    const before = readFileSync(out);
    const { code, stderr } = await kg(['build', input, '--out', out, '--quiet']);
    expect(code).not.toBe(0);
    expect(stderr).toContain(`no article text found in ${path.join(input, file)}`);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(out).equals(before)).toBe(true);
  });
});
