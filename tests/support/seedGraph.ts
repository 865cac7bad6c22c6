import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSnapshot, type BuildSummary } from '../../src/cli/buildSnapshot.js';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const seedDir = path.join(projectRoot, 'seed');
export const briefingsDir = path.join(seedDir, 'briefings');

let built: Promise<BuildSummary> | undefined;

/** Builds the seed graph once per test process, into a temporary folder. */
export function seedGraph(): Promise<BuildSummary> {
  built ??= buildSnapshot({ inputs: [briefingsDir], seedDir, out: path.join(mkdtempSync(path.join(tmpdir(), 'kg-seed-')), 'graph.jsonl') });
  return built;
}
