import { describe, expect, it } from 'vitest';
import type { EntityRecord } from '../../src/store/GraphStore.js';
import { SCORE, escapeLucene, luceneQuery, rankSearchHits, scoreEntity } from '../../src/store/neo4j/searchRanking.js';

const entity = (id: string, name: string, extra: Record<string, string | string[]> = {}): EntityRecord => ({
  id,
  label: 'Organization',
  properties: { id, name, aliases: [], ...extra },
});

const cec = entity('organization:cec', '中环联合认证中心', { nameEn: 'China Environmental United Certification Center', aliases: ['中环联合', 'CEC'] });
const site = entity('document:cec-english-website', '中环联合英文网站');
const uba = entity('organization:uba', '德国环境署', { nameEn: 'German Environment Agency' });
const germany = entity('place:germany', '德国', { nameEn: 'Germany' });

describe('luceneQuery', () => {
  it('searches the phrase, each word and each word as a prefix, folded', () => {
    expect(luceneQuery('Green  SEAL')).toBe('"green seal" OR green OR green* OR seal OR seal*');
    expect(luceneQuery('ＧＥＮ')).toBe('"gen" OR gen OR gen*');
  });

  it('escapes every Lucene operator in user text', () => {
    expect(escapeLucene('a+b-c&&d||e!(f){g}[h]^i"j~k*l?m:n\\o/p')).toBe('a\\+b\\-c\\&\\&d\\|\\|e\\!\\(f\\)\\{g\\}\\[h\\]\\^i\\"j\\~k\\*l\\?m\\:n\\\\o\\/p');
    expect(luceneQuery('ISO 14024:2018')).toBe('"iso 14024\\:2018" OR iso OR iso* OR 14024\\:2018 OR 14024\\:2018*');
  });

  it('is empty when nothing is searchable', () => {
    expect(luceneQuery('   ')).toBe('');
    expect(luceneQuery('*?')).toBe('');
  });
});

describe('rankSearchHits: exact name > alias > prefix > substring', () => {
  it('scores each kind of match', () => {
    expect(scoreEntity('德国', germany)).toBe(SCORE.exactName);
    expect(scoreEntity('cec', cec)).toBe(SCORE.alias);
    expect(scoreEntity('中环联合', site)).toBe(SCORE.prefix);
    expect(scoreEntity('环境', uba)).toBe(SCORE.substring);
    expect(scoreEntity('绿色', uba)).toBe(0);
  });

  it('orders candidates by score, then name, drops what the index matched loosely, and honours first', () => {
    const hits = rankSearchHits('中环联合', [site, uba, cec, cec], 10);
    expect(hits.map((h) => [h.entity.id, h.score])).toEqual([
      ['organization:cec', SCORE.alias],
      ['document:cec-english-website', SCORE.prefix],
    ]);
    expect(rankSearchHits('德国', [uba, germany], 1).map((h) => h.entity.id)).toEqual(['place:germany']);
  });
});
