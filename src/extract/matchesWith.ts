// Most rules look for a pattern that cannot match without some word, and most sentences lack
// that word. matchAll copies its pattern on every call and allocates for every match, so the
// rules ask whether the word is there first.

/** text.matchAll(re), or nothing when the text contains none of the words every match of re contains one of. */
export function matchesWith(text: string, needed: string | readonly string[], re: RegExp): Iterable<RegExpMatchArray> {
  const present = typeof needed === 'string' ? text.includes(needed) : needed.some((word) => text.includes(word));
  return present ? text.matchAll(re) : [];
}
