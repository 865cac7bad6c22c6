// Web pages copied from sites that gloss traditional characters with their pinyin, as some
// converters do: "中環(huán)聯(lián)合總經(jīng)理". The glosses cut every name and word in two, so
// the reader drops them, as it drops the line breaks of a PDF: what is left still comes from
// the input in order, and quotes are verbatim in the text the article keeps.

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
/** A pinyin syllable with its tone mark, in brackets right after a Han character. */
const TONED_GLOSS = new RegExp(`(?<=\\p{Script=Han})[(（][a-zü]{0,5}[${TONED}][a-zü]{0,5}[)）]`, 'gu');
/** Once a text glosses its characters, an unmarked syllable (the neutral tone: "(de)") too. */
const ANY_GLOSS = new RegExp(`(?<=\\p{Script=Han})[(（][a-zü${TONED}]{1,6}[)）]`, 'gu');
/** So many toned glosses that they are a converter's, not an author's one explanation. */
const GLOSSED_TEXT = 3;

/** The text without pinyin glosses, when it holds a converter's; else the text as it was. */
export function dropPinyinGlosses(text: string): string {
  let toned = 0;
  for (const _ of text.matchAll(TONED_GLOSS)) if (++toned >= GLOSSED_TEXT) break;
  return toned >= GLOSSED_TEXT ? text.replace(ANY_GLOSS, '') : text;
}
