import { describe, expect, it } from 'vitest';
import type { MergedFact } from '../../src/extract/facts.js';
import type { DraftEntity } from '../../src/extract/registry.js';
import { agreeSigningDates } from '../../src/extract/signingDates.js';

const fact = (type: 'SIGNED' | 'PRODUCED', from: string, to: string, date?: string): MergedFact => ({
  type,
  from,
  to,
  props: date ? { date } : {},
  methods: new Set(['pattern:test']),
  confidence: 0.8,
  sources: [],
  evidence: [],
  quoteMethods: [],
  citations: [],
  notes: [],
});

const event = (key: string, startDate: string): DraftEntity => ({ key, label: 'Event', kind: 'signing', startDate, datePrecision: startDate.length === 7 ? 'month' : 'day', seen: new Map(), abbrs: new Set(), method: 'test', confidence: 0.8 }) as DraftEntity;

describe('agreeSigningDates', () => {
  it('gives a signature and its signing event the more precise of their dates', () => {
    const signing = event('Event|s', '2017-11');
    const facts = [fact('PRODUCED', 'Event|s', 'Standard|x'), fact('SIGNED', 'Organization|a', 'Standard|x', '2017-11-23'), fact('SIGNED', 'Organization|b', 'Standard|x')];
    agreeSigningDates(facts, (k) => (k === 'Event|s' ? signing : undefined));
    expect(facts.filter((f) => f.type === 'SIGNED').map((f) => f.props.date)).toEqual(['2017-11-23', '2017-11-23']);
    expect(signing).toMatchObject({ startDate: '2017-11-23', datePrecision: 'day' });
  });

  it('leaves dates that disagree as they were read', () => {
    const signing = event('Event|s', '2017-11');
    const facts = [fact('PRODUCED', 'Event|s', 'Standard|x'), fact('SIGNED', 'Organization|a', 'Standard|x', '2018-02')];
    agreeSigningDates(facts, (k) => (k === 'Event|s' ? signing : undefined));
    expect(facts[1]!.props.date).toBe('2018-02');
    expect(signing.startDate).toBe('2017-11');
  });
});
