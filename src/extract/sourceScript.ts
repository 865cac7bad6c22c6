import type { IngestedBriefing } from '../ingest/index.js';
import type { Sentence } from './sentences.js';

// A briefing in traditional characters is read in its simplified view (same length, same
// offsets) and quoted in its own script: evidence is cut from the text as the source wrote it.

/** The text names and patterns are matched in. */
export function readingTextOf(b: IngestedBriefing): string {
  return b.readingText ?? b.text;
}

/** The sentence as the source wrote it, from the article's own text (which is never converted). */
export function inSourceScript(article: { node: { text: string; startOffset: number } }, s: Sentence): string {
  return article.node.text.slice(s.start - article.node.startOffset, s.end - article.node.startOffset);
}

/**
 * Traditional spellings of the entities' names as the briefings wrote them become aliases
 * (環境標誌 for 环境标志): found where the simplified view has the name, read at the same
 * offsets in the source text.
 */
export function addSourceScriptAliases(entities: Array<{ properties: { name: string; aliases: string[] } }>, briefings: IngestedBriefing[]): void {
  const traditional = briefings.filter((b) => b.readingText !== undefined);
  if (traditional.length === 0) return;
  for (const e of entities) {
    const names = [e.properties.name, ...e.properties.aliases].filter((n) => n.length >= 2 && /\p{Script=Han}/u.test(n));
    const known = new Set([e.properties.name, ...e.properties.aliases]);
    const before = e.properties.aliases.length;
    for (const b of traditional) {
      for (const name of names) {
        for (let at = b.readingText!.indexOf(name); at >= 0; at = b.readingText!.indexOf(name, at + name.length)) {
          const written = b.text.slice(at, at + name.length);
          if (!known.has(written)) {
            known.add(written);
            e.properties.aliases.push(written);
          }
        }
      }
    }
    if (e.properties.aliases.length > before) e.properties.aliases.sort();
  }
}
