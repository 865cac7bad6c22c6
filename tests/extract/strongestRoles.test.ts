import { describe, expect, it } from 'vitest';
import type { MergedFact } from '../../src/extract/facts.js';
import { strongestRoles } from '../../src/extract/strongestRoles.js';
import { readingRules } from '../../src/extract/rules/readingRules.js';
import { readWith } from './rules/readWith.js';

const fact = (type: 'ORGANIZED' | 'ATTENDED', from: string, to: string, role: string): MergedFact => ({
  type,
  from,
  to,
  props: { role },
  methods: new Set(['pattern:test']),
  confidence: 0.8,
  sources: [],
  evidence: [],
  quoteMethods: [],
  citations: [],
  notes: [],
});

describe('strongestRoles', () => {
  it('keeps one fact per body and event, organiser before co-organiser before attending', () => {
    const organiser = fact('ORGANIZED', 'Organization|a', 'Event|forum', 'organizer');
    const co = fact('ORGANIZED', 'Organization|a', 'Event|forum', 'co-organizer');
    const attends = fact('ATTENDED', 'Organization|a', 'Event|forum', 'participant');
    const other = fact('ATTENDED', 'Organization|b', 'Event|forum', 'participant');
    const left = strongestRoles([attends, co, organiser, other], (k) => k.startsWith('Event|'));
    expect([...left].sort((x, y) => String(x.props.role).localeCompare(String(y.props.role)))).toEqual([co, attends]);
  });

  it('leaves a programme with a lead and a launcher alone (not an event)', () => {
    const lead = fact('ORGANIZED', 'Organization|a', 'Project|p', 'lead');
    const launcher = fact('ORGANIZED', 'Organization|a', 'Project|p', 'launcher');
    expect(strongestRoles([lead, launcher], (k) => k.startsWith('Event|')).size).toBe(0);
  });

  it('reports a co-organiser that also speaks at the forum once, as co-organiser (own text)', async () => {
    const r = await readWith(
      readingRules,
      '东盟生态标签大会在雅加达举行',
      '2020年11月5日，第四届东盟生态标签大会在印度尼西亚雅加达举行。大会由印度尼西亚环境和林业部主办，泰国环境研究所和新加坡环境理事会承办。',
      '泰国环境研究所的代表出席了大会并作了发言。',
    );
    const tei = r.graph.entities.find((e) => e.properties.name === '泰国环境研究所')!.id;
    const onEvent = r.graph.relationships.filter((x) => x.start === tei && (x.type === 'ORGANIZED' || x.type === 'ATTENDED'));
    expect(onEvent.map((x) => `${x.type} ${x.properties.role}`)).toEqual(['ORGANIZED co-organizer']);
  });
});
