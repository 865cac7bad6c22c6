import { PROVENANCE } from '../provenance.js';
import { englishTitle, TITLES } from '../lexicon/titles.js';
import { TAKES_POST, wordsOf } from '../lexicon/triggerVerbs.js';
import { titleLikeEndingAt } from '../discoverPersons.js';
import { mentionsOf, type Mention, type SentenceContext } from '../sentenceContext.js';
import { ORG, emitOnce, withoutAsides, type ReadingRule } from './ruleKit.js';

// "A、B和C分别当选为主席、副主席和秘书长", "A和B分别担任GEN主席和KELA会长": people listed before
// 分别 take the posts listed after the verb, in order. The body is named before the posts (one for
// all, or each post its own), else it is the body of the meeting the sentence is at, else the
// body of the elections the article reported just before.

const RESPECTIVE = new RegExp(`分别\\s*(${wordsOf(TAKES_POST)})`, 'gu');
const TITLE_WORDS = new Set(TITLES);
/** "在X年会上", "在X大会期间": the meeting an election was held at. */
const AT_MEETING = /在([^，。；在]{2,40}?)(?:上|期间|中)/gu;

/** Whether the words are a post: a listed title, or words ending like one with at most a few in front. */
function isPost(words: string): boolean {
  if (!/^[\p{Script=Han}]{2,12}$/u.test(words)) return false;
  if (TITLE_WORDS.has(words)) return true;
  const ending = titleLikeEndingAt(words, words.length);
  return ending !== undefined && words.length - ending.length <= 4;
}

/** The people listed right before `at`, joined by 、, 和, 与 or 及 (each may carry their own body and title). */
function listedPeople(ctx: SentenceContext, at: number): Mention[] {
  const people = mentionsOf(ctx, ['Person'], 0, at);
  const out: Mention[] = [];
  let cursor = at;
  for (let i = people.length - 1; i >= 0; i--) {
    const p = people[i]!;
    const gap = withoutAsides(ctx.text.slice(p.end, cursor)).trim();
    if (out.length === 0 ? gap !== '' : !/^[、和与及][^，。；,;]{0,30}$/u.test(gap)) break;
    out.unshift(p);
    cursor = p.start;
  }
  return out;
}

/** The body of the meeting named in a 在…上 phrase before `before`: a body named there, or the one a meeting's name opens with. */
function meetingBody(ctx: SentenceContext, before: number): string | undefined {
  const bodies = new Set<string>();
  for (const m of ctx.text.slice(0, before).matchAll(AT_MEETING)) {
    const from = m.index! + 1;
    const to = from + m[1]!.length;
    for (const o of mentionsOf(ctx, ['Organization'], from, to)) bodies.add(o.key);
    for (const e of mentionsOf(ctx, ['Event'], from, to)) {
      const head = ctx.registry.ownerByName(e.key, 'Event');
      if (head) bodies.add(head);
    }
  }
  return bodies.size === 1 ? [...bodies][0] : undefined;
}

function respectivePosts(ctx: SentenceContext): void {
  const text = ctx.text;
  if (!text.includes('分别')) return;
  for (const m of text.matchAll(RESPECTIVE)) {
    const people = listedPeople(ctx, m.index!);
    if (people.length < 2) continue;
    const from = m.index! + m[0].length;
    let end = from;
    while (end < text.length && !/[，。；,;]/u.test(text[end]!)) end++;
    // The posts, split at 、, 和 and 及, each with the body named at its start, if any.
    const items: { body?: string; post: string }[] = [];
    let shared: string | undefined;
    let start = from;
    for (let i = from; i <= end; i++) {
      if (i < end && !/[、和及与]/u.test(text[i]!)) continue;
      // A joiner inside a name (中华环境保护基金会和…) is no split.
      if (i < end && ctx.mentions.some((x) => x.start < i && i < x.end)) continue;
      const body = mentionsOf(ctx, ORG, start, i).find((o) => withoutAsides(text.slice(start, o.start)).trim() === '');
      const post = withoutAsides(text.slice(body ? body.end : start, i)).replace(/^的/u, '').trim();
      if (body && items.length === 0) shared = body.key;
      items.push({ body: body?.key, post });
      start = i + 1;
    }
    if (items.length !== people.length || !items.every((x) => isPost(x.post))) {
      ctx.skip('respective-posts', 'the people and the posts after 分别 do not pair up', m.index!);
      continue;
    }
    const fallback = shared ?? meetingBody(ctx, m.index!) ?? ctx.article.lastElected;
    people.forEach((person, k) => {
      const item = items[k]!;
      const body = item.body ?? fallback;
      if (!body || ctx.registry.peek(body)?.label !== 'Organization') return;
      emitOnce(ctx, 'HOLDS_POSITION', person, body, { title: englishTitle(item.post) ?? item.post, titleZh: item.post, asOf: ctx.dates[0]?.start.slice(0, 4) }, PROVENANCE.appointedInTurn);
      if (item.body) ctx.article.lastElected = item.body;
    });
  }
}

/**
 * Rule `respective-posts`.
 * Reads: A、B和C分别当选为/担任 [Y] 主席、副主席和秘书长, each post with its own body or one for all.
 * Emits: HOLDS_POSITION, one per person, in the order listed.
 * Skips: people and posts that do not pair up one for one.
 */
export const respectivePostsRule: ReadingRule = { name: 'respective-posts', read: (ctx) => respectivePosts(ctx) };
