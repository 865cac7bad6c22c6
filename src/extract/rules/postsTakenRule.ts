import { PROVENANCE } from '../provenance.js';
import { englishTitle } from '../lexicon/titles.js';
import { TAKES_POST, wordsOf } from '../lexicon/triggerVerbs.js';
import { mentionsOf, type SentenceContext } from '../sentenceContext.js';
import { isWholeTitle, remitAndTitle } from '../titleWords.js';
import { ORG, emitOnce, withoutAsides, type ReadingRule } from './ruleKit.js';

// "X被任命为该技术委员会中方注册专家", "X担任环境标志分技术委员会（ISO/TC 207/SC 3）第二工作组召集人":
// a post taken in a body named right after the verb, whatever the post (the appointments rule
// reads the elected posts it lists; this reads any title the clause ends with).

const TAKING = new RegExp(wordsOf(TAKES_POST), 'gu');
/** Words before the verb that make the post a past one, a plan or not the person's: 不再担任, 曾担任, 拟, 分别 (respective-posts). */
const NOT_HELD = /(?:不再|曾经?|此前|未能?|没有|拟|将|分别)\s*$/u;
/** An ordinal before a post: 首任, 新一届. */
const ORDINAL = /^(?:首任|新任|新一任|下一任|下届|新一届|第[一二三四五六七八九十\d]+任)/u;

function postsTaken(ctx: SentenceContext): void {
  const text = ctx.text;
  for (const m of text.matchAll(TAKING)) {
    const verbAt = m.index!;
    const after = verbAt + m[0].length;
    if (NOT_HELD.test(text.slice(Math.max(0, verbAt - 4), verbAt))) continue;
    // The person is the verb's subject, named right before it (asides between are fine).
    const person = mentionsOf(ctx, ['Person'], 0, verbAt).pop();
    if (!person || withoutAsides(text.slice(person.end, verbAt)).trim() !== '') continue;
    const body = mentionsOf(ctx, ORG, after).find((o) => withoutAsides(text.slice(after, o.start)).trim() === '');
    if (!body) continue;
    let end = body.end;
    while (end < text.length && !/[，,。；;：:]/u.test(text[end]!)) end++;
    const post = withoutAsides(text.slice(body.end, end)).replace(/^的/u, '').trim().replace(ORDINAL, '');
    // A working group of the body named in the post ("第二工作组召集人") is part of the title, and a
    // name in an aside ("（ISO/TC 207/SC 3）") is the body's own.
    const inAside = (o: { start: number }) => /[（(][^）)]*$/u.test(text.slice(body.end, o.start));
    const others = mentionsOf(ctx, ['Person', 'Organization'], body.end, end).filter((o) => !inAside(o) && !(o.label === 'Organization' && /(?:工作组|小组)$/u.test(o.text)));
    if (others.length > 0 || !(isWholeTitle(post) || remitAndTitle(post))) continue;
    emitOnce(ctx, 'HOLDS_POSITION', person, body, { title: englishTitle(post) ?? post, titleZh: post, asOf: ctx.dates[0]?.start.slice(0, 4) }, PROVENANCE.appointed);
  }
}

/**
 * Rule `posts-taken`.
 * Reads: X担任/出任/被任命为/当选为 ORG TITLE, the title any the clause ends with (a remit and a title's ending).
 * Emits: HOLDS_POSITION (once: the appointments rule may have read the same).
 * Skips: none: a verb with no body right after it is the appointments rule's to read.
 */
export const postsTakenRule: ReadingRule = { name: 'posts-taken', read: (ctx) => postsTaken(ctx) };
