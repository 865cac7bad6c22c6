import type { EntityRegistry } from './registry.js';
import type { ArticleState, Mention } from './sentenceContext.js';

export const BARE_KIND = /^(?:指南|报告|标准|准则|宪章|手册|指令|宣言|公报)$/u;

/**
 * "《指南》由全球电子理事会组织制订", "该指南计划在本年度内发布": a bare kind word is the article's document
 * of that kind. Before the article has named one, the word names no document and is no mention.
 * Resolved before the sentence's mentions are counted, so the bare word never becomes a node of
 * its own.
 */
export function resolveBareTitles(mentions: Mention[], registry: EntityRegistry, article: ArticleState): Mention[] {
  let kept: Mention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    let drop = false;
    if (m.label === 'Document' || m.label === 'Standard') {
      const word = registry.canonicalName(registry.peek(m.key)!);
      if (BARE_KIND.test(word)) {
        const topic = article.topic?.[m.label];
        if (topic && topic !== m.key && registry.canonicalName(registry.peek(topic)!).endsWith(word)) m.key = topic;
        else drop = true;
      }
    }
    if (drop) kept ??= mentions.slice(0, i);
    else kept?.push(m);
  }
  return kept ?? mentions;
}
