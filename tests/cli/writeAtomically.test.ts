import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAtomically } from '../../src/cli/buildSnapshot.js';

// The snapshot is written chunk by chunk, each chunk while the next is built: the file must
// still appear whole, in order, or not at all.

function workspace(): string {
  return mkdtempSync(path.join(tmpdir(), 'kg-write-'));
}

describe('writeAtomically', () => {
  it('writes the chunks in order', async () => {
    const file = path.join(workspace(), 'graph.jsonl');
    const chunks = Array.from({ length: 50 }, (_, i) => `${'行'.repeat(i * 997)}${i}\n`);
    await writeAtomically(file, chunks);
    expect(readFileSync(file, 'utf8')).toBe(chunks.join(''));
  });

  it('leaves the previous file as it was, and no temporary file, when a chunk cannot be built', async () => {
    const dir = workspace();
    const file = path.join(dir, 'graph.jsonl');
    writeFileSync(file, 'previous snapshot\n');
    function* failing(): Generator<string> {
      yield 'first chunk\n'.repeat(100_000);
      throw new Error('relationship end x is not a node of the graph');
    }
    await expect(writeAtomically(file, failing())).rejects.toThrow(/relationship end x/);
    expect(readFileSync(file, 'utf8')).toBe('previous snapshot\n');
    expect(readdirSync(dir)).toEqual(['graph.jsonl']);
  });
});
