import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toArticleNode, toEntityRecord, toNeo4jValue, toPlain, toRelationRecord } from '../../src/store/neo4j/records.js';

// Driver values built with the driver's own constructors, as a Bolt response would carry them.
const int = (n: number) => neo4j.int(n);

describe('toPlain: driver values become plain values at the store boundary', () => {
  it('turns Integers into numbers, and those beyond 2^53 into exact strings', () => {
    expect(toPlain(int(42))).toBe(42);
    expect(toPlain(neo4j.int('9007199254740993'))).toBe('9007199254740993');
  });

  it('turns dates and date-times into ISO strings', () => {
    expect(toPlain(new neo4j.types.Date(2017, 10, 8))).toBe('2017-10-08');
    expect(toPlain(new neo4j.types.DateTime(2017, 12, 29, 9, 30, 0, 0, 28800))).toBe('2017-12-29T09:30:00+08:00');
    expect(toPlain(new neo4j.types.LocalDateTime(2020, 1, 17, 8, 0, 0, 0))).toBe('2020-01-17T08:00:00');
  });

  it('converts inside lists and maps, and keeps strings, booleans and floats', () => {
    expect(toPlain([int(1), int(2)])).toEqual([1, 2]);
    expect(toPlain({ count: int(3), when: new neo4j.types.Date(2018, 3, 6), ok: true, confidence: 0.9, tags: ['a'] })).toEqual({
      count: 3,
      when: '2018-03-06',
      ok: true,
      confidence: 0.9,
      tags: ['a'],
    });
    expect(toPlain(null)).toBeNull();
  });
});

describe('records: nodes and relationships as the GraphStore contract shapes them', () => {
  const cec = new neo4j.types.Node(int(1), ['Entity', 'Organization'], {
    id: 'organization:cec',
    name: '中环联合认证中心',
    aliases: ['中环联合', 'CEC'],
    founded: int(2002),
    _kg: true,
    _kgKeys: ['aliases', 'id', 'name'],
    _kgHash: 'abc',
  }, 'element:1');

  it('gives an entity its type label and its properties without the loader’s bookkeeping keys', () => {
    const record = toEntityRecord(cec);
    expect(record).toEqual({
      id: 'organization:cec',
      label: 'Organization',
      properties: { aliases: ['中环联合', 'CEC'], founded: 2002, id: 'organization:cec', name: '中环联合认证中心' },
    });
  });

  it('gives an entity without aliases an empty alias list, and refuses a node without a type label', () => {
    const bare = new neo4j.types.Node(int(2), ['Entity', 'Place'], { id: 'place:beijing', name: '北京' }, 'element:2');
    expect(toEntityRecord(bare).properties.aliases).toEqual([]);
    const analysts = new neo4j.types.Node(int(3), ['Entity', 'Note'], { id: 'note:1' }, 'element:3');
    expect(() => toEntityRecord(analysts)).toThrow(/no entity type label/);
  });

  it('maps a relationship with its end ids, list properties and Integers', () => {
    const rel = new neo4j.types.Relationship(int(7), int(1), int(2), 'MENTIONS', {
      id: 'mentions:1',
      count: int(2),
      firstOffset: int(120),
      _kg: true,
    }, 'r7', 'element:1', 'element:2');
    expect(toRelationRecord(rel, 'article:x:a01', 'organization:cec')).toEqual({
      id: 'mentions:1',
      type: 'MENTIONS',
      start: 'article:x:a01',
      end: 'organization:cec',
      properties: { count: 2, firstOffset: 120, id: 'mentions:1' },
    });
  });

  it('maps an article with numeric offsets, taking the briefing from HAS_ARTICLE when the property is missing', () => {
    const node = new neo4j.types.Node(int(9), ['Article'], { id: 'article:b:a02', title: 'T', order: int(2), startOffset: int(10), endOffset: int(14), text: 'abcd' }, 'e9');
    expect(toArticleNode(node, 'briefing:b')).toEqual({ id: 'article:b:a02', briefingId: 'briefing:b', title: 'T', order: 2, startOffset: 10, endOffset: 14, text: 'abcd' });
  });
});

describe('toNeo4jValue: what the loader sends', () => {
  it('sends whole numbers as Integers and fractions as floats, keeping lists homogeneous', () => {
    expect(neo4j.isInt(toNeo4jValue(3))).toBe(true);
    expect(toNeo4jValue(0.75)).toBe(0.75);
    expect((toNeo4jValue([1, 2]) as unknown[]).every((v) => neo4j.isInt(v))).toBe(true);
    expect(toNeo4jValue([1, 2.5])).toEqual([1, 2.5]);
    expect(toNeo4jValue(['a', 'b'])).toEqual(['a', 'b']);
  });
});
