import { TITLES } from './lexicon/titles.js';
import { titleLikeEndingAt } from './discoverPersons.js';

// Whether some words are a title: the words between a body and a person's name, or after 担任.

const TITLE_WHOLE = new RegExp(`^(?:${[...TITLES].sort((a, b) => b.length - a.length).join('|')})$`, 'u');

/** Whether the words are one title, listed or known by its ending (首席技术官), and nothing else. */
export function isWholeTitle(words: string): boolean {
  return /^[\p{Script=Han}]{2,10}$/u.test(words) && (TITLE_WHOLE.test(words) || titleLikeEndingAt(words, words.length) === words);
}

/** Characters that make words a clause rather than a remit before a title: particles and verbs of meeting. */
const NOT_A_REMIT = /[的在与和及向对为由被将已等了着是把让请率见陪同随邀]/u;

/**
 * "首席可持续发展官", "高级物料供应主任": a title-like ending with a remit of a few characters in front,
 * nothing in it a particle or verb.
 */
export function remitAndTitle(words: string): boolean {
  if (!/^[\p{Script=Han}]{3,12}$/u.test(words)) return false;
  const ending = titleLikeEndingAt(words, words.length);
  const remit = ending ? words.slice(0, words.length - ending.length) : '';
  return ending !== undefined && remit.length >= 1 && remit.length <= 8 && !NOT_A_REMIT.test(remit);
}
