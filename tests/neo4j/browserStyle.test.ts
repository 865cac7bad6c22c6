import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENTITY_LABELS, PROVENANCE_LABELS } from '../../src/graph/ontology.js';

// Browser reads .grass as selector { key: value; ... } blocks and has no comment syntax, so the
// file must be nothing but blocks.
const grass = readFileSync(new URL('../../schema/neo4j/browser-style.grass', import.meta.url), 'utf8');

function blocks(text: string): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  for (const match of text.matchAll(/([\w.]+)\s*\{((?:[^{}"]|"[^"]*")*)\}/g)) {
    const props: Record<string, string> = {};
    for (const decl of match[2]!.split(';')) {
      const at = decl.indexOf(':');
      if (at > 0) props[decl.slice(0, at).trim()] = decl.slice(at + 1).trim();
    }
    out.set(match[1]!, props);
  }
  return out;
}

describe('schema/neo4j/browser-style.grass', () => {
  const rules = blocks(grass);

  it('is only style blocks (no comments Browser would misread)', () => {
    const rest = grass.replace(/([\w.]+)\s*\{((?:[^{}"]|"[^"]*")*)\}/g, '').trim();
    expect(rest).toBe('');
  });

  it('gives every label its own colour and a caption by name (provenance nodes by title)', () => {
    const colours = new Set<string>();
    for (const label of [...ENTITY_LABELS, ...PROVENANCE_LABELS]) {
      const rule = rules.get(`node.${label}`);
      expect(rule?.color, label).toMatch(/^#[0-9A-F]{6}$/i);
      colours.add(rule!.color!);
      expect(rule?.caption).toBe(label === 'Briefing' || label === 'Article' ? '"{title}"' : '"{name}"');
    }
    expect(colours.size).toBe(ENTITY_LABELS.length + PROVENANCE_LABELS.length);
    expect(rules.get('node.Entity')?.color).toBeUndefined();
  });

  it('captions relationships by type', () => {
    expect(rules.get('relationship')?.caption).toBe('"<type>"');
  });
});
