import * as OpenCC from 'opencc-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedFiles, seedText } from '../ingest/fixtures.js';
import { keptShare, readAs, type Reading } from './readAs.js';

// Every seed briefing converted, whole text, to traditional characters (Taiwan and Hong Kong
// standards) must read as the same facts, quoted in traditional characters.
const original = new Map<string, Reading>();
beforeAll(async () => {
  for (const file of seedFiles()) original.set(file, await readAs(file, seedText(file)));
}, 120_000);

describe.each(seedFiles())('%s in traditional characters', (file) => {
  it.each(['tw', 'hk'] as const)('converted to %s keeps the facts, quoted in traditional characters', async (to) => {
    const traditional = OpenCC.Converter({ from: 'cn', to })(seedText(file));
    const after = await readAs(file, traditional);
    expect(keptShare(original.get(file)!, after)).toBeGreaterThanOrEqual(0.95);
    expect(after.foreignEvidence).toEqual([]);
    const quotes = after.graph.relationships.flatMap((r) => (Array.isArray(r.properties.evidence) ? (r.properties.evidence as string[]) : []));
    expect(quotes.some((q) => /[環標證際聯會]/.test(q))).toBe(true);
    expect(quotes.some((q) => /[环标证际联会]/.test(q) && !/[環標證際聯會]/.test(q))).toBe(false);
  });
});

describe('traditional names', () => {
  it('are kept as aliases of the entities', async () => {
    const file = seedFiles().find((f) => f.includes('2017'))!;
    const after = await readAs(file, OpenCC.Converter({ from: 'cn', to: 'tw' })(seedText(file)));
    const cec = after.graph.entities.find((e) => e.properties.name === '中环联合认证中心');
    expect(cec?.properties.aliases).toContain('中環聯合認證中心');
  });
});
