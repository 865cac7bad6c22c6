import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/sentences.js';

describe('sentence splitting', () => {
  it('keeps offsets so every sentence is a verbatim slice of the text', () => {
    const text = '前言\n\n11月29日，论坛在北京举办。解主任表示：“环境标志制度已日臻成熟。”此外，大会授予曲格平先生荣誉。';
    const sentences = splitSentences(text, 100);
    for (const s of sentences) expect(text.slice(s.start - 100, s.end - 100)).toBe(s.text);
    expect(sentences.map((s) => s.text)).toEqual(['前言', '11月29日，论坛在北京举办。', '解主任表示：“环境标志制度已日臻成熟。”', '此外，大会授予曲格平先生荣誉。']);
  });
});
