import { describe, expect, it } from 'vitest';
import type { EntityRecord } from '../../src/store/GraphStore.js';
import { SCORE, rankSearchHits, scoreEntity, searchKeys } from '../../src/store/neo4j/searchRanking.js';

const entity = (id: string, name: string, extra: Record<string, string | string[]> = {}): EntityRecord => ({
  id,
  label: 'Organization',
  properties: { id, name, aliases: [], ...extra },
});

const cec = entity('organization:cec', '中环联合认证中心', { nameEn: 'China Environmental United Certification Center', aliases: ['中环联合', 'CEC'] });
const site = entity('document:cec-english-website', '中环联合英文网站');
const uba = entity('organization:uba', '德国环境署', { nameEn: 'German Environment Agency' });
const germany = entity('place:germany', '德国', { nameEn: 'Germany' });

describe('searchKeys', () => {
  it('folds the text, and drops its spaces for the compact form', () => {
    expect(searchKeys('Green  SEAL')).toEqual({ folded: 'green seal', compact: 'greenseal' });
    expect(searchKeys('ＧＥＮ')).toEqual({ folded: 'gen', compact: 'gen' });
    expect(searchKeys('   ').compact).toBe('');
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

  it('scores as the embedded store does: the id and the English name are names, spaces may be missing, a piece of a word counts', () => {
    expect(scoreEntity('organization:cec', cec)).toBe(SCORE.exactName);
    expect(scoreEntity('german environment agency', uba)).toBe(SCORE.exactName);
    expect(scoreEntity('GermanEnvironmentAgency', uba)).toBe(SCORE.exactName);
    expect(scoreEntity('viron', uba)).toBe(SCORE.substring);
    expect(scoreEntity('Environ mental', cec)).toBe(SCORE.substring);
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
