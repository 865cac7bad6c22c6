import { copyFileSync, existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedGraph } from '../support/seedGraph.js';
import { briefingsDir, kg, projectRoot, seedDir, workspace } from '../hostile/support.js';

// kg build --report: the annotations are checked before anything is written, and only the
// briefings built are scored.

describe('kg build --report', () => {
  it('without the annotations (as in the Docker image) fails before writing, with no stack trace', { timeout: 120_000 }, async () => {
    const root = workspace('kg-no-annotations-');
    writeFileSync(path.join(root, 'package.json'), '{}');
    symlinkSync(seedDir, path.join(root, 'seed'));
    symlinkSync(path.join(projectRoot, 'schema'), path.join(root, 'schema'));
    const out = path.join(root, 'graph.jsonl');
    copyFileSync((await seedGraph()).out, out);
    const before = readFileSync(out);
    const { code, stderr } = await kg(['build', '--out', out, '--report', '--quiet'], { KG_ROOT: root });
    expect(code).toBe(1);
    expect(stderr).toContain('--report needs the hand annotations: no annotations at');
    expect(stderr).toContain('nothing was built');
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(out).equals(before)).toBe(true);
  });

  it('scores only the briefings it built', { timeout: 120_000 }, async () => {
    const annotated = readdirSync(path.join(projectRoot, 'tests', 'fixtures', 'annotations')).filter((f) => f.endsWith('.json'));
    const one = readdirSync(briefingsDir).find((f) => annotated.some((a) => a.startsWith(path.parse(f).name)))!;
    expect(one).toBeDefined();
    const out = path.join(workspace('kg-report-'), 'graph.jsonl');
    const { code, stdout, stderr } = await kg(['build', path.join(briefingsDir, one), '--out', out, '--report', '--quiet']);
    expect(code, stderr).toBe(0);
    expect(existsSync(out)).toBe(true);
    const scopes = stdout.split('\n').filter((l) => /^ {2}\S/.test(l) && !l.includes('(first'));
    // One briefing and the total, not every annotated briefing.
    expect(scopes).toHaveLength(2);
    expect(scopes[0]).toContain(path.parse(one).name);
  });
});
