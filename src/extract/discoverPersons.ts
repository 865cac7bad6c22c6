import type { Candidate, Span } from './candidate.js';
import { HAN, allHan, overlapsAny } from './namePhrases.js';
import { classifyBySuffix } from './lexicon/nameSuffixes.js';
import { AFTER_NAME, FOLLOWS_NAME, JAPANESE_SURNAMES, NOT_A_BODY_ENDING, PARTICLES_AFTER_NAME, PORTFOLIOS, SURNAMES_1, SURNAMES_2, VERBS_AFTER_NAME } from './lexicon/nameWords.js';
import { TITLES, TITLE_ENDINGS, TITLE_UNIT_CHARS } from './lexicon/titles.js';
import { TITLE_MODIFIERS, VERBS_BEFORE_NAME, VERBS_BEFORE_NAME_AFTER_SOMETHING } from './lexicon/notNames.js';
import { charCount } from './charCount.js';
import { matchesWith } from './matchesWith.js';
import { TAKES_POST, WITNESSES } from './lexicon/triggerVerbs.js';

// People: names next to position titles, transliterated names with ·, 先生/女士, Latin names.

// Titles are looked for at every position of every sentence, and an alternation of ninety
// words is tried word by word: they are indexed by their first and last characters instead.

/** Titles by first character, longest first: at a position, the longest title wins. */
export const TITLES_BY_FIRST = new Map<number, string[]>();
for (const title of [...TITLES].sort((a, b) => b.length - a.length)) {
  const list = TITLES_BY_FIRST.get(title.charCodeAt(0));
  if (list) list.push(title);
  else TITLES_BY_FIRST.set(title.charCodeAt(0), [title]);
}
/** Whether a code unit starts some title or 先生/女士: most positions are ruled out by one read. */
export const STARTS_TITLE_OR_POLITE = new Uint8Array(0x10000);
for (const word of [...TITLES, '先生', '女士']) STARTS_TITLE_OR_POLITE[word.charCodeAt(0)] = 1;
/** Titles by last character, in TITLES order. */
export const TITLES_BY_LAST = new Map<string, string[]>();
for (const title of TITLES) {
  const list = TITLES_BY_LAST.get(title.at(-1)!);
  if (list) list.push(title);
  else TITLES_BY_LAST.set(title.at(-1)!, [title]);
}

/** The longest title starting at `index`. */
export function titleAt(sentence: string, index: number): string | undefined {
  const at = Math.max(0, index);
  const code = sentence.charCodeAt(at);
  if (at >= sentence.length || STARTS_TITLE_OR_POLITE[code] === 0) return undefined;
  return TITLES_BY_FIRST.get(code)?.find((t) => sentence.startsWith(t, at));
}

/** The title (or 先生, 女士) starting at `index`: a title first, as the longest reading. */
export function titleOrPoliteAt(sentence: string, index: number): string | undefined {
  if (index >= sentence.length || STARTS_TITLE_OR_POLITE[sentence.charCodeAt(Math.max(0, index))] === 0) return undefined;
  return titleAt(sentence, index) ?? (sentence.startsWith('先生', index) ? '先生' : sentence.startsWith('女士', index) ? '女士' : undefined);
}

/** Where titles (or titles and forms of address) start, left to right, each read whole before the next. */
export function titleStarts(sentence: string, read: (sentence: string, index: number) => string | undefined): { index: number; length: number }[] {
  const out: { index: number; length: number }[] = [];
  for (let i = 0; i < sentence.length; ) {
    const title = read(sentence, i);
    if (title) {
      out.push({ index: i, length: title.length });
      i += title.length;
    } else i++;
  }
  return out;
}

export function titleEndingAt(sentence: string, end: number): string | undefined {
  const candidates = end > 0 && end <= sentence.length ? TITLES_BY_LAST.get(sentence[end - 1]!) : undefined;
  return candidates?.find((t) => end - t.length >= 0 && sentence.startsWith(t, end - t.length));
}

const ENDINGS_LONGEST = [...TITLE_ENDINGS].sort((a, b) => b.length - a.length);
/** Whether a code unit ends some title ending. */
const ENDING_LAST = new Uint8Array(0x10000);
for (const e of TITLE_ENDINGS) ENDING_LAST[e.charCodeAt(e.length - 1)] = 1;
const MODIFIERS_LONGEST = [...TITLE_MODIFIERS].sort((a, b) => b.length - a.length);

/**
 * A title-like word ending at `end`, listed or not: a title of the table, or a word ending in a
 * title's ending (总监, 干事, 工程师; 长 after a unit: 董事长, 校长) with up to two modifiers in
 * front (高级, 首席, 项目). Titles nobody listed are recognised by these endings.
 */
export function titleLikeEndingAt(sentence: string, end: number): string | undefined {
  const listed = titleEndingAt(sentence, end);
  let start = -1;
  const ending = ENDINGS_LONGEST.find((e) => end - e.length >= 0 && sentence.startsWith(e, end - e.length));
  if (ending) start = end - ending.length;
  else if (sentence[end - 1] === '长' && end >= 2 && TITLE_UNIT_CHARS.includes(sentence[end - 2]!)) start = end - 2;
  if (start < 0) return listed;
  for (let k = 0; k < 2; k++) {
    const modifier = MODIFIERS_LONGEST.find((m) => start - m.length >= 0 && sentence.startsWith(m, start - m.length));
    if (!modifier) break;
    start -= modifier.length;
  }
  const word = sentence.slice(start, end);
  return listed && listed.length > word.length ? listed : word;
}

/** Whether a name may end at `end`: the sentence's end, punctuation, a word that follows names, or 先生/女士. */
function nameEndsAt(sentence: string, end: number): boolean {
  const next = sentence[end] ?? '';
  if (next === '' || !HAN.test(next)) return true;
  if (AFTER_NAME.has(next) || sentence.startsWith('先生', end) || sentence.startsWith('女士', end)) return true;
  return FOLLOWS_NAME.some((w) => sentence.startsWith(w, end));
}

/**
 * Whether the character at `k` ends a name before it: a particle (在, 和), or a character of
 * AFTER_NAME opening a verb (建议, 会见, 分别…); 建 in 杨建华 and 强 in 李志强 do not.
 */
export function stopsNameAt(sentence: string, k: number): boolean {
  const c = sentence[k] ?? '';
  if (!AFTER_NAME.has(c)) return false;
  return PARTICLES_AFTER_NAME.has(c) || VERBS_AFTER_NAME.some((w) => sentence.startsWith(w, k)) || FOLLOWS_NAME.some((w) => w.length >= 2 && sentence.startsWith(w, k));
}

/** A Chinese personal name starting at `i`: surname + one or two characters. */
export function chineseNameAt(sentence: string, i: number, hint?: (name: string) => boolean): string | undefined {
  const two = SURNAMES_2.find((s) => sentence.startsWith(s, i));
  const surnameLength = two ? 2 : SURNAMES_1.has(sentence[i] ?? '') ? 1 : 0;
  if (!surnameLength) return undefined;
  const given = sentence.slice(i + surnameLength, i + surnameLength + 2);
  if (!allHan(given)) {
    const one = given[0];
    return one && HAN.test(one) && !stopsNameAt(sentence, i + surnameLength) ? sentence.slice(i, i + surnameLength + 1) : undefined;
  }
  const short = sentence.slice(i, i + surnameLength + 1);
  const long = sentence.slice(i, i + surnameLength + 2);
  // Japanese given names run to three characters when they end in 郎 or 子 (鹤田祥一郎, 山本健太郎, 田中美智子).
  if (two && JAPANESE_SURNAME_SET.has(two) && JAPANESE_GIVEN_ENDS.includes(sentence[i + surnameLength + 2] ?? '')) return sentence.slice(i, i + surnameLength + 3);
  if (stopsNameAt(sentence, i + surnameLength)) return undefined;
  // "陈明分别介绍", "许婧随团参会": the second given character starts a word that follows names.
  if (stopsNameAt(sentence, i + surnameLength + 1) || titleAt(sentence, i + surnameLength + 1) || FOLLOWS_NAME.some((w) => w.length >= 2 && sentence.startsWith(w, i + surnameLength + 1))) return short;
  if (hint && !hint(long) && hint(short)) return short;
  return long;
}

const PERSON_VERB_WORDS = [...TAKES_POST, ...WITNESSES].map((t) => t.word);
/** A verb only people do here (after an optional adverb); a name ends where the adverb or verb starts. */
const PERSON_VERB = new RegExp(`(?:再次|成功|顺利|正式|共同|一同|亲自)?(?:${PERSON_VERB_WORDS.filter((w) => !/^(?:共同|一同|再次)/u.test(w)).join('|')})(?!下)`, 'gu');

/** Verbs of appointing someone to a post, named after them (任命X为…, 聘请X担任…). */
const APPOINTING_VERBS = ['任命', '聘请', '聘任', '委任', '邀请'];
const APPOINTING = new RegExp(APPOINTING_VERBS.join('|'), 'gu');

/** Words about posts and choosing people, never inside a name: "理事会选举新任主席" names no one. */
const NOT_IN_NAMES = /选举|新任|现任|前任|首任|继任|担任|兼任|当选|推选|任命|聘请|邀请|设立|增设|选出/u;

/** Kinds of organisation rather than names of one: 科研机构, 国际非政府组织, 相关行业协会. */
export const GENERIC_ORG = /^(?:相关|有关|各|其他|国际|地方|行业|科研|研究|政府|非政府|民间|社会)*(?:[\p{Script=Han}]{0,2})?(?:机构|组织|单位|协会|部门|政府|企业)$|相关|有关/u;

/** Particles and prepositions a name found only by its neighbours cannot start with. */
export const FUNCTION_START = /^[的在由对向为是把被将从与和及]/u;

/** Japanese family names, for the given names of three characters that only they carry (祥一郎). */
const JAPANESE_SURNAME_SET = new Set(JAPANESE_SURNAMES);
/** The endings of Japanese given names kept whole: 一郎, 健太郎, 花子, 美智子. */
const JAPANESE_GIVEN_ENDS = '郎子';

/** Characters that start a title or modifier, not a name: 原副主任, 党委书记, 执行主任. */
export const NOT_NAME_START = new Set('原副前新代执名常轮党首销项总驻特和授及与等各该本其全国省市县区部委会中大小老'.split(''));

/**
 * Where the clause glued to the front of a transliteration's first part ends: after the last word of
 * VERBS_BEFORE_NAME in it that leaves a character of the name; 0 when none is there.
 */
export function gluedClauseEnd(firstPart: string): number {
  let end = 0;
  for (const w of VERBS_BEFORE_NAME) {
    const at = firstPart.lastIndexOf(w, firstPart.length - w.length - 1);
    if (at < 0 || (at === 0 && VERBS_BEFORE_NAME_AFTER_SOMETHING.includes(w))) continue;
    end = Math.max(end, at + w.length);
  }
  return end;
}

/** Whether words end as a body's name does (…处, …协会), and not in a word that only looks so (签署, 部署). */
function namesBody(words: string): boolean {
  return classifyBySuffix(words)?.label === 'Organization' && !NOT_A_BODY_ENDING.some((w) => words.endsWith(w));
}

/** People: titles around names, · transliterations, 先生/女士, Latin names after titles. */
const COMMON_WORDS = /^(?:单位|成员|会员|人员|代表|方面)$/u;

export function persons(sentence: string, taken: Span[], hint?: (name: string) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const add = (c: Candidate) => {
    if (!overlapsAny(taken, c.start, c.end) && !overlapsAny(out, c.start, c.end)) out.push(c);
  };
  // Transliterations: 凯特·哈里斯（Kate Harris）, 弗洛里卡·芬克-胡伊泽 (a double surname).
  // 比约恩-埃里克·隆恩: a double given name, joined by a hyphen.
  // "费尔南达·桑托斯与卡洛斯·维加": a run of dotted parts holds two names where a part breaks at a
  // connective; the search resumes at the break, so the second is read on its own.
  const dotted = /(?:[\p{Script=Han}]{1,8}[-－])?[\p{Script=Han}]{1,8}(?:·[\p{Script=Han}]{1,10}(?:[-－][\p{Script=Han}]{1,10})?)+/gu;
  for (let m = sentence.includes('·') ? dotted.exec(sentence) : null; m; m = dotted.exec(sentence)) {
    let start = m.index;
    let text = m[0];
    // Drop a title or organisation glued in front: 首席执行官凯特·哈里斯. A title first: a known
    // name may sit inside a transliteration (德里 in 罗德里戈).
    const dotAt = text.indexOf('·');
    let cutFront = 0;
    for (let k = dotAt - 1; k > 0 && cutFront === 0; k--) if (titleLikeEndingAt(sentence, start + k)) cutFront = k;
    for (let k = dotAt - 1; k > 0 && cutFront === 0; k--) if (taken.some((t) => t.end === start + k && (t.start <= start || t.end - t.start >= 3))) cutFront = k;
    if (cutFront > 0) {
      text = text.slice(cutFront);
      start += cutFront;
    }
    // Each part after a dot ends at a word that follows names (与, 先生, 分别…): the name ends there.
    // So does a clause word of VERBS_BEFORE_NAME (门德斯由…, 韦伯任命…, 韦伯聘请…): no transliteration holds one.
    const breaksAt = (part: string, k: number) =>
      AFTER_NAME.has(part[k]!) || VERBS_BEFORE_NAME.some((w) => part.startsWith(w, k)) || titleAt(part, k) !== undefined || part.startsWith('先生', k) || part.startsWith('女士', k) || FOLLOWS_NAME.some((w) => w.length >= 2 && part.startsWith(w, k));
    for (let dot = text.indexOf('·'); dot >= 0; dot = text.indexOf('·', dot + 1)) {
      const next = text.indexOf('·', dot + 1);
      const part = text.slice(dot + 1, next < 0 ? text.length : next);
      let k = 1;
      while (k < part.length && !breaksAt(part, k)) k++;
      if (k < part.length) {
        text = text.slice(0, dot + 1 + k);
        if (next >= 0) dotted.lastIndex = start + text.length;
        break;
      }
    }
    // "宣布任命克莱尔·杜邦", "接替任期届满的约瑟夫·奥迪安博": the first part starts after the last word of
    // the clause glued to it (派, 请, 聘, 邀 only after something: 派翠克 is a name).
    const glued = gluedClauseEnd(text.slice(0, text.indexOf('·')));
    if (glued > 0) {
      text = text.slice(glued);
      start += glued;
    }
    const lead = text.match(/^(?:代表|同|与|和|及|由|向|对|把|被|将|从|是|为)+/u);
    if (lead && text.indexOf('·') - lead[0].length >= 1) {
      text = text.slice(lead[0].length);
      start += lead[0].length;
    }
    let firstPart = text.slice(0, text.indexOf('·'));
    // A hyphen in front of the dot joins a double given name; one further back, something else.
    if (/[-－]/u.test(firstPart) && charCount(firstPart.replace(/^.*[-－]/u, '')) > 5) {
      const after = firstPart.search(/[-－][^-－]*$/u) + 1;
      start += after;
      text = text.slice(after);
      firstPart = firstPart.slice(after);
    }
    if (charCount(firstPart) > (/[-－]/u.test(firstPart) ? 9 : 5)) {
      const trimmed = firstPart.slice(-4);
      start += firstPart.length - trimmed.length;
      text = trimmed + text.slice(firstPart.length);
      // "秘书长刘海川和玛丽亚·贝尔蒂尼": the four characters kept may still open on the connective.
      const joined = text.match(/^(?:与|和|及|同)+/u);
      if (joined && text.indexOf('·') - joined[0].length >= 2) {
        text = text.slice(joined[0].length);
        start += joined[0].length;
      }
    }
    const paren = sentence.slice(start + text.length).match(/^\s*[（(]([A-Z][^（）()]{2,60})[）)]/u);
    // A known name wholly inside the transliteration (德里 in 罗德里戈·费尔南德斯) is part of it.
    const blocking = taken.filter((t) => !(t.start > start && t.end <= start + text.length));
    if (overlapsAny(blocking, start, start + text.length)) continue;
    out.push({
      label: 'Person',
      name: text,
      surface: text,
      nameEn: paren ? paren[1]!.trim() : undefined,
      start,
      end: start + text.length + (paren ? paren[0].length : 0),
      method: 'pattern:transliterated-name',
      confidence: 0.85,
    });
  }
  // TITLE + NAME: 总经理张小丹, 副总经理陈轶群, 执行主任（…）埃里克.
  for (const { index: i } of titleStarts(sentence, titleAt)) {
    const title = titleAt(sentence, i);
    if (!title) continue;
    let after = i + title.length;
    // "总领事馆": the title opens a body's name, and nothing after it is a name.
    if ([1, 2].some((k) => classifyBySuffix(sentence.slice(i, after + k))?.label === 'Organization')) continue;
    // "助理署长（减废及回收）梁颖仪": the brackets say what the post covers; the name follows them.
    const remit = /^[（(][\p{Script=Han}、及和与]{2,12}[）)]/u.exec(sentence.slice(after));
    if (remit) after += remit[0].length;
    const latin = sentence.slice(after).match(/^\s*([A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z][a-zà-ÿ'’-]+){1,2})/u);
    if (latin) {
      const s = after + latin[0].indexOf(latin[1]!);
      add({ label: 'Person', name: latin[1]!, surface: latin[1]!, nameEn: latin[1]!, start: s, end: s + latin[1]!.length, method: 'pattern:title-name', confidence: 0.8, title });
      continue;
    }
    let name = chineseNameAt(sentence, after, hint);
    if (name && COMMON_WORDS.test(name)) name = undefined;
    // "局长张强调": a surname followed by a verb is no one named in full.
    if (!name && !(SURNAMES_1.has(sentence[after] ?? '') && stopsNameAt(sentence, after + 1))) {
      // A foreign name in Han characters after a title: 秘书长赫布罗滕、副部长博隆德出席.
      const run = sentence.slice(after).match(/^[\p{Script=Han}]{2,6}/u)?.[0] ?? '';
      // "部长山田健一一行": 一行 (his party) ends the name, though 一 may be in it.
      const party = run.search(/一行|等人|随团|随同/u);
      let cut = party >= 2 ? party : Math.min(run.length, 5);
      for (let k = 2; k < cut && party < 2; k++) {
        if (AFTER_NAME.has(run[k]!) || titleAt(run, k) || run.startsWith('先生', k) || run.startsWith('女士', k) || FOLLOWS_NAME.some((w) => w.length >= 2 && run.startsWith(w, k))) {
          cut = k;
          break;
        }
      }
      const candidate = run.slice(0, cut);
      const next = sentence[after + candidate.length] ?? '';
      // "总裁分别在…签字": a word that follows names (分别, 共同, 随后) opening the run means no name came.
      const notAName = /^(?:至今|以来|期间|以后|之后|之前|一行|等人|本人|单位)$|[员者家们时后]$/u.test(candidate) || FOLLOWS_NAME.some((w) => w.length >= 2 && run.startsWith(w));
      if (candidate.length >= 2 && candidate.length <= 4 && !notAName && !AFTER_NAME.has(candidate[0]!) && candidate[0] !== '见' && !classifyBySuffix(candidate) && !NOT_NAME_START.has(candidate[0]!) && (next === '' || party >= 2 || /[、，。；（(\s]|先|女|出|参|等|表|在|和|与/u.test(next))) name = candidate;
    }
    // "涂瑞和和联合国…": a connective twice over; the first ends the name (涂瑞和).
    if (name && charCount(name) === 2 && /^(和和|与与|及及)/u.test(sentence.slice(after + name.length))) name = sentence.slice(after, after + 3);
    if (name) {
      const end = after + name.length;
      const next = sentence[end] ?? '';
      // "主任助理", "司长在" are fine; "处长处" and "市长全球联盟" are no names: the run ends in an
      // organisation's suffix one or two characters on.
      const runsOn = [1, 2].some((k) => namesBody(sentence.slice(after, end + k)));
      if (!titleAt(sentence, after) && !runsOn) {
        add({ label: 'Person', name, surface: name, start: after, end, method: 'pattern:title-name', confidence: next === '' || /[\p{Script=Han}]/u.test(next) ? 0.75 : 0.8, title });
      }
    }
  }
  // UNLISTED TITLE + NAME: 采购总监李明, 项目协调人王芳, 可持续发展官赵敏: a title nobody listed,
  // known by its ending, before a Chinese name that ends where a name may end.
  // Scanned once by the endings' last characters: every sentence is searched.
  for (let after = 1; after < sentence.length; after++) {
    if (ENDING_LAST[sentence.charCodeAt(after - 1)] === 0) continue;
    const name = chineseNameAt(sentence, after, hint);
    if (!name || titleAt(sentence, after) || !nameEndsAt(sentence, after + name.length)) continue;
    // "理事单位", "主席单位": 单 is a surname, but 单位 after a title is a member body, no one's name.
    if (COMMON_WORDS.test(name)) continue;
    const title = titleLikeEndingAt(sentence, after);
    if (!title || !ENDINGS_LONGEST.some((e) => title.endsWith(e))) continue;
    if ([1, 2].some((k) => namesBody(sentence.slice(after, after + name.length + k)))) continue;
    add({ label: 'Person', name, surface: name, start: after, end: after + name.length, method: 'pattern:title-name', confidence: 0.7, title });
  }
  // NAME + TITLE or NAME + 先生/女士: 张小丹总经理, 宇野治秘书长, 曲格平先生, 鹤田祥一郎先生.
  // A title anchors a name after it, unless it opens a body's name (总领事 in 总领事馆).
  const anchorEndsAt = (at: number) => {
    if (taken.some((t) => t.end === at)) return true;
    const t = titleEndingAt(sentence, at);
    return t !== undefined && ![1, 2].some((k) => classifyBySuffix(sentence.slice(at - t.length, at + k))?.label === 'Organization');
  };
  // Every position where a title or 先生/女士 starts (overlapping ones too: 副总经理 and 总经理).
  const starts = new Set<number>();
  for (const { index, length } of titleStarts(sentence, titleOrPoliteAt)) for (let k = index; k < index + length; k++) starts.add(k);
  for (const i of [...starts].sort((a, b) => a - b)) {
    if (i < 1) continue;
    const suffix = titleOrPoliteAt(sentence, i);
    if (!suffix) continue;
    if (/^(?:团|处|大会|会|性|作|队|级|宣言|会议|理事会|联盟|论坛|职能|办公室|全球)/u.test(sentence.slice(i + suffix.length))) continue;
    const polite = suffix === '先生' || suffix === '女士';
    // "助理秘书长": the suffix is the tail of a longer title, and what precedes it is no name.
    if (TITLES.some((t) => t.length > suffix.length && t.endsWith(suffix) && sentence.slice(i - (t.length - suffix.length), i + suffix.length) === t)) continue;
    // A Latin name before 先生/女士 (the pattern backtracks over 40 characters: only where it can count).
    const latin = polite ? sentence.slice(Math.max(0, i - 40), i).match(/([A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z][a-zà-ÿ'’-]+){1,2})\s*$/u) : null;
    if (latin) {
      const s = i - latin[0].length + latin[0].indexOf(latin[1]!);
      add({ label: 'Person', name: latin[1]!, surface: latin[1]!, nameEn: latin[1]!, start: s, end: s + latin[1]!.length, method: 'pattern:name-title', confidence: 0.8 });
      continue;
    }
    // Chinese names: surname + one or two characters, longest reading first.
    let found = false;
    // "山田花子女士", "佐藤一郎先生", "鹤田祥一郎先生": a two-character family name takes a name of four
    // (five for a Japanese given name ending in 郎 or 子), tried first, so no 田花子 is read.
    for (const length of [5, 4, 3, 2]) {
      const start = i - length;
      if (start < 0) continue;
      const name = sentence.slice(start, i);
      if (!allHan(name) || NOT_NAME_START.has(name[0]!)) continue;
      const two = SURNAMES_2.some((x) => name.startsWith(x));
      if (length === 4 && !two) continue;
      if (length === 5 && !(JAPANESE_SURNAMES.some((x) => name.startsWith(x)) && JAPANESE_GIVEN_ENDS.includes(name.at(-1)!))) continue;
      if (!two && !SURNAMES_1.has(name[0]!)) continue;
      if ([...name.slice(1)].some((c, k) => stopsNameAt(sentence, start + 1 + k))) continue;
      if (TITLES.some((t) => name.endsWith(t.slice(0, 1)) && sentence.startsWith(t, i - 1))) continue;
      // "老挝工业与商业部副部长": a unit ending in 部/局/署 before the title is its body, though 商 is a surname.
      if (/[部局司厅署委处室]$/u.test(name)) continue;
      const prev = sentence[start - 1] ?? '';
      const bounded = prev === '' || !HAN.test(prev) || /[与和及同由、向对从在的]/u.test(prev) || anchorEndsAt(start) || /[心所院会部司局署处委盟]/u.test(prev) || titleLikeEndingAt(sentence, start) !== undefined;
      if (!bounded) continue;
      add({ label: 'Person', name, surface: name, start, end: i, method: 'pattern:name-title', confidence: 0.8, title: polite ? undefined : suffix });
      found = true;
      break;
    }
    if (found) continue;
    // Foreign names (宇野治, 艾伟德) only right after an organisation, a place or a title.
    // The anchor may be followed by 的: 日本环境协会（JEA）的宇野治先生.
    for (let length = 2; length <= (polite ? 6 : 4); length++) {
      const start = i - length;
      if (start < 0 || !(anchorEndsAt(start) || (sentence[start - 1] === '的' && anchorEndsAt(start - 1)))) continue;
      const name = sentence.slice(start, i);
      if (!allHan(name) || NOT_NAME_START.has(name[0]!) || FUNCTION_START.test(name)) continue;
      // "国务院办公厅督查室主任": a unit between its body and a title is no one's name.
      if (TITLES.some((t) => name.includes(t)) || NOT_IN_NAMES.test(name) || classifyBySuffix(name) || PORTFOLIOS.has(name) || /[室处科组办部局司厅署委院所]$/u.test(name)) continue;
      add({ label: 'Person', name, surface: name, start, end: i, method: 'pattern:name-title', confidence: 0.7, title: polite ? undefined : suffix });
      break;
    }
  }
  // NAME + a verb only people do: 欧阳明当选为…主席, 黄嘉欣连任…, 汉娜·林德和王芳共同见证. A bare Chinese
  // name is read only here, where the verb proves it, and only between a clause mark or list word and the verb.
  // "在王芳的见证下": the witness before 的见证下 (在 opens the phrase).
  const witnessedUnder = [...matchesWith(sentence, '见证下', /的(?:共同)?见证下/gu)];
  for (const m of [...matchesWith(sentence, PERSON_VERB_WORDS, PERSON_VERB), ...witnessedUnder]) {
    const at = m.index!;
    const opens = witnessedUnder.includes(m) ? /[，、。；：,;:和与及（(\s在]/u : /[，、。；：,;:和与及（(\s]/u;
    for (const len of [4, 3, 2]) {
      const start = at - len;
      if (start < 0) continue;
      const name = sentence.slice(start, at);
      if (!allHan(name) || !(start === 0 || opens.test(sentence[start - 1]!) || TITLES.some((t) => sentence.endsWith(t, start)))) continue;
      const surname = SURNAMES_2.find((x) => name.startsWith(x))?.length ?? (SURNAMES_1.has(name[0]!) ? 1 : 0);
      if (!surname || name.length - surname < 1 || name.length - surname > 2) continue;
      if (classifyBySuffix(name) || TITLE_UNIT_CHARS.includes(name[name.length - 1]!) || [...name.slice(surname)].some((c, k) => stopsNameAt(sentence, start + surname + k))) continue;
      add({ label: 'Person', name, surface: name, start, end: at, method: 'pattern:name-verb', confidence: 0.7 });
      break;
    }
  }
  // APPOINTING VERB + NAME + 为/担任: 宣布任命刘思远为亚洲区域主任, 聘请周海宁担任顾问. The verb before and
  // the post after prove a person; the name is read whole between them, no verb glued on.
  for (const m of matchesWith(sentence, APPOINTING_VERBS, APPOINTING)) {
    const after = m.index! + m[0].length;
    const name = chineseNameAt(sentence, after, hint);
    if (!name || COMMON_WORDS.test(name) || !/^(?:为|担任|出任|任)/u.test(sentence.slice(after + name.length))) continue;
    add({ label: 'Person', name, surface: name, start: after, end: after + name.length, method: 'pattern:name-verb', confidence: 0.7 });
  }
  return out;
}
