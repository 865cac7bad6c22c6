import { describe, expect, it } from 'vitest';
import { charCount } from '../../src/extract/charCount.js';

describe('charCount', () => {
  it('counts characters as spreading the string would, for every kind of text the rules measure', () => {
    const texts = ['', '中环联合认证中心', 'GEN', '𠮷野家', '瑞典𨭎元素', 'a\ud800b', '\udc00中', '末尾\ud83d', '凯特·哈里斯（Kate Harris）'];
    for (const text of texts) expect(charCount(text), text).toBe([...text].length);
  });

  it('counts an astral ideograph once, not as two units', () => {
    expect('𠮷'.length).toBe(2);
    expect(charCount('𠮷')).toBe(1);
  });
});
