import type { Candidate } from './candidate.js';
import type { EntityLabel } from '../graph/ontology.js';
import { classifyBySuffix } from './lexicon/nameSuffixes.js';
import { PORTFOLIOS } from './lexicon/nameWords.js';
import { CLAUSE_VERBS, COUNT_WORDS, FIELD_UNIT_CHARS, FIELD_WORDS, NOT_PERSON_ENDINGS, VERBS_BEFORE_NAME, VERBS_BEFORE_NAME_AFTER_SOMETHING, GENERIC_HEADS, GENERIC_MODIFIERS, INNER_PARTICLES, LEADING_PARTICLES, MEASURE_WORDS, NUMERALS, OFFICE_VERBS, PRONOUNS, TITLE_MODIFIERS, TRAILING_PARTICLES } from './lexicon/notNames.js';
import { TITLES, TITLE_ENDINGS, TITLE_UNIT_CHARS } from './lexicon/titles.js';

// The name filter every discovery path goes through: a name a rule made must be a name. It
// refuses clauses (a verb inside), particles glued on, counted phrases, dates, bare generic
// words (国际会议, 理事会和年会) and title words taken for people (董事长, 高级). The words are
// data, in lexicon/notNames.ts and lexicon/titles.ts.

const TITLE_SET = new Set(TITLES);
/** 受邀, 应邀, 获邀, 特邀, alone or before the verb they lead to. */
const INVITED = /^(?:受邀|应邀|获邀|特邀|特别邀请)/u;
/** A title (not the start of a body's word: 委员会), two to four characters of a name, and a join: "副总经理郑立群和…". */
const PERSON_THEN_JOIN = new RegExp(`(?:${[...TITLES].sort((a, b) => b.length - a.length).join('|')})(?![会部处局司院所厅署组])[\\p{Script=Han}·]{2,4}[和与及、]`, 'u');
const TITLE_MODIFIER_SET = new Set(TITLE_MODIFIERS);
const PRONOUN_SET = new Set(PRONOUNS);
/** Generic words, longest first, for segmenting a phrase into them. */
const GENERIC_WORDS = [...new Set([...GENERIC_MODIFIERS, ...GENERIC_HEADS])].sort((a, b) => b.length - a.length);
const TITLE_WORDS = [...new Set([...TITLE_MODIFIERS, ...TITLE_ENDINGS, ...TITLES])].sort((a, b) => b.length - a.length);
const VERBS_BY_FIRST = byFirst(CLAUSE_VERBS);
const COUNTED = new RegExp(`^[${NUMERALS}]+\\s*(?:${MEASURE_WORDS.join('|')})`, 'u');
/** "计划的两家（联合领导机构）": a count of things cut off before its noun. */
const COUNTED_AT_END = new RegExp(`的[${NUMERALS}]+\\s*(?:${MEASURE_WORDS.join('|')})$`, 'u');
/** "约八十人", "三十余位": a number of people, not one. */
const PERSON_COUNT = new RegExp(`^[约近逾共另]?[${NUMERALS}]+[余多]?(?:${MEASURE_WORDS.join('|')})?$`, 'u');
/** "余名", "多位", "万余名", "数名": a head-count cut from its number, a count word and a measure word. */
const HEAD_COUNT = new RegExp(`^[${NUMERALS}]*[${COUNT_WORDS}](?:${MEASURE_WORDS.join('|')})$`, 'u');
/** Fields and the ministries' portfolios: what a line of work is called, not who does it. */
const FIELDS = [...new Set([...FIELD_WORDS, ...PORTFOLIOS])];
const FIELD_UNITS = FIELD_UNIT_CHARS.split('');
/** A clause's word glued to a name's left edge (任命克莱尔·杜邦, 的约瑟夫): the clause, not the name (派翠克 may start one). */
const VERB_GLUED_IN_FRONT = new RegExp(`^(?:${VERBS_BEFORE_NAME.filter((w) => !VERBS_BEFORE_NAME_AFTER_SOMETHING.includes(w)).sort((a, b) => b.length - a.length).join('|')})`, 'u');
/** 兼秘书长, 暨主任: a second title joined on, not a name. */
const JOINED_TITLE = /^[兼暨并及和与]/u;
/** Particles that open no transliterated name: they were glued on from the clause (为, 由, 与…). */
const PERSON_LEADING = /^(?:为|由|与|和|及|向|对|被|将|把|从|是|在|于)[\p{Script=Han}]{2,}·/u;
const DATE = /\d{4}\s*年|\d{1,2}\s*月\s*\d{1,2}\s*日|^\s*\d{1,2}\s*月|^[\d\s年月日至到\-–—.\/]+$/u;

/** "五项共同标准", "三份报告": how many works, not the name of one. */
export function isCountedPhrase(name: string): boolean {
  return COUNTED.test(name.trim());
}

/** Words by their first character: every candidate of every sentence is filtered. */
function byFirst(words: readonly string[]): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const w of words) {
    const list = map.get(w.charCodeAt(0));
    if (list) list.push(w);
    else map.set(w.charCodeAt(0), [w]);
  }
  return map;
}

const indexes = new WeakMap<readonly string[], Map<number, string[]>>();

/** Whether `text` is made of `words` from end to end (a small dynamic programme: phrases are short). */
export function madeOf(text: string, words: readonly string[]): boolean {
  if (text.length === 0) return true;
  let index = indexes.get(words);
  if (!index) indexes.set(words, (index = byFirst(words)));
  const ok = new Array<boolean>(text.length + 1).fill(false);
  ok[0] = true;
  for (let i = 0; i < text.length; i++) {
    if (!ok[i]) continue;
    for (const w of index.get(text.charCodeAt(i)) ?? []) if (text.startsWith(w, i)) ok[i + w.length] = true;
  }
  return ok[text.length]!;
}

/** A kind of thing rather than one thing: 国际会议, 专家委员会, 理事会和年会, 行动计划. */
export function isGenericPhrase(name: string): boolean {
  const parts = name.split(/[和与及、]/u).filter((p) => p.length > 0);
  return parts.length > 0 && parts.every((p) => madeOf(p, GENERIC_WORDS));
}

/** A title word, or a title's modifier, standing where a name should: 董事长, 专务, 高级, 采购总监. */
export function isTitleWord(word: string): boolean {
  if (TITLE_SET.has(word) || TITLE_MODIFIER_SET.has(word)) return true;
  if (madeOf(word, TITLE_WORDS)) return true;
  // 董事长, 校长, 组长: a unit and 长.
  if (word.length >= 2 && word.endsWith('长') && TITLE_UNIT_CHARS.includes(word.at(-2)!)) return true;
  return TITLE_ENDINGS.some((e) => word.length > e.length && word.endsWith(e) && (e.length >= 2 || word.length >= 3));
}

/** A field of work, alone or with a unit's character: 商务, 认证, 气候, 认证本 (of 认证本部部长). */
export function isFieldWord(word: string): boolean {
  if (madeOf(word, FIELDS)) return true;
  return word.length >= 3 && FIELD_UNITS.includes(word.at(-1)!) && madeOf(word.slice(0, -1), FIELDS);
}

/**
 * Why a person found by a rule is no person: a title word (董事长, 专务, 兼秘书长), a verb of office, a
 * head-count (约八十人, 余名, 多位), a field of work (商务, 认证本), a label, body or programme by its
 * ending (天鹅标签, 环境部), or a clause word glued on in front (任命…, 的…).
 */
function notAPersonBecause(text: string): string | undefined {
  if (isTitleWord(text) || (JOINED_TITLE.test(text) && text.length >= 3 && isTitleWord(text.slice(1)))) return 'a title word';
  if (madeOf(text, OFFICE_VERBS)) return 'a verb of office';
  // "理事选举中，…当选": a verb of office and what follows it is a clause, not a name.
  if (!text.includes('·') && OFFICE_VERBS.some((v) => text.startsWith(v))) return 'a verb of office';
  // "授课讲师受邀参加", "秘书长黄继先受邀出席": being invited is no name.
  if (INVITED.test(text)) return 'a verb of being invited';
  if (PERSON_COUNT.test(text) || HEAD_COUNT.test(text)) return 'a counted phrase';
  if (isFieldWord(text)) return 'a field of work';
  // "作为GEN成员和理事": a generic word or title and a connective, before the next title, is no name.
  if (/[和与及]$/u.test(text) && (isGenericPhrase(text.slice(0, -1)) || isTitleWord(text.slice(0, -1)) || isFieldWord(text.slice(0, -1)))) return 'a word and a connective';
  if (NOT_PERSON_ENDINGS.some((e) => text.endsWith(e)) || classifyBySuffix(text) !== undefined) return 'a label, body or programme by its ending';
  // "执行秘书为莎拉·米勒", "任命克莱尔·杜邦": a clause word glued in front of a transliteration.
  if (text.includes('·') && (PERSON_LEADING.test(text) || VERB_GLUED_IN_FRONT.test(text))) return 'a particle glued on in front';
  return undefined;
}

/** Whether a verb in `name` is really a clause's verb, not part of an event noun (启动会, 签署仪式). */
function hasClauseVerb(name: string, label: EntityLabel): boolean {
  for (let at = 0; at < name.length; at++) {
    for (const verb of VERBS_BY_FIRST.get(name.charCodeAt(at)) ?? []) {
      if (!name.startsWith(verb, at)) continue;
      if (label === 'Event' && /^(?:会|式|仪式|典礼|大会|活动)/u.test(name.slice(at + verb.length))) continue;
      // "选举委员会": the verb and the body's ending make the whole name; nothing follows as a clause.
      if (label === 'Organization' && at + verb.length < name.length && classifyBySuffix(name.slice(at + verb.length))?.suffix === name.slice(at + verb.length)) continue;
      return true;
    }
  }
  return false;
}

/**
 * Why `name` is no name of a `label`, or undefined when it may be one. `marked` names (in 《》
 * or quotes) are names by the writer's own mark, so only emptiness and bare dates count there;
 * `glossed` ones (given an abbreviation or English name) may sound generic.
 */
export function notANameBecause(name: string, label: EntityLabel, marked = false, glossed = false): string | undefined {
  const text = name.trim();
  if (text.length < 2) return 'too short';
  if (DATE.test(text) && (!marked || /^[\d\s年月日至到\-–—.\/]+$/u.test(text))) return 'a date';
  if (marked) return undefined;
  if (PRONOUN_SET.has(text)) return 'a pronoun';
  if (label === 'Person') return notAPersonBecause(text);
  // Places keep their first and last characters: 也门, 都柏林, 华中.
  if (label !== 'Place' && LEADING_PARTICLES.some((p) => text.startsWith(p))) return 'a particle glued on in front';
  if (label !== 'Place' && TRAILING_PARTICLES.some((p) => text.endsWith(p) && !(classifyBySuffix(text)?.suffix.endsWith(p) ?? false))) return 'a particle glued on behind';
  if (COUNTED.test(text) || COUNTED_AT_END.test(text)) return 'a counted phrase';
  // "2024年度协调委员会" cut after its year: 年度 is no name's first word, so 度 opens none.
  if (label !== 'Place' && text.startsWith('度') && !text.startsWith('度假')) return 'half of 年度 glued on in front';
  if (hasClauseVerb(text, label)) return 'a clause';
  if (INNER_PARTICLES.some((p) => text.includes(p))) return 'a clause';
  // "项目顾问委员会（MAC）": a body given its own abbreviation or English name is that body.
  if (!glossed && isGenericPhrase(text)) return 'a generic word';
  if (isTitleWord(text)) return 'a title word';
  // "中环和联盟": what follows the last join is a bare word, so the join is a list's, not the name's.
  const lastJoin = Math.max(text.lastIndexOf('与'), text.lastIndexOf('和'), text.lastIndexOf('及'), text.lastIndexOf('、'));
  if (lastJoin > 0 && isGenericPhrase(text.slice(lastJoin + 1))) return 'a list, not a name';
  // "IGPN前顾问委员会成员陈燕平": 前 marks a former post, glued between a body and its committee.
  if (label === 'Organization' && /[\p{Script=Han}A-Za-z]前(?:顾问|咨询|执行|指导|理事|董事|监事|专家|技术|学术)?(?:委员会|理事会|董事会|监事会|顾问团|小组)$/u.test(text)) return 'a former post glued in';
  // "中环联合认证中心副总经理郑立群和芬兰生态标签公司": a body, a title and a person, then another body.
  if (label === 'Organization' && PERSON_THEN_JOIN.test(text)) return 'a body, a person and another body joined';
  // "环保促进会与香港理工大学": two names joined, each a name of the same kind.
  const join = text.search(/[与和及、]/u);
  if (join > 1) {
    const left = classifyBySuffix(text.slice(0, join));
    const right = classifyBySuffix(text);
    if (left && right && left.label === right.label && left.label === label && text.length - join - 1 >= right.suffix.length + 2) return 'two names joined';
  }
  return undefined;
}

/** The candidates that are names: those inside 《》 or quotes, or glossed, are judged leniently, the gazetteer's own never. */
export function keepNames(candidates: Candidate[]): Candidate[] {
  return candidates.filter(
    (c) => c.known !== undefined || notANameBecause(c.name, c.label, c.method === 'pattern:title-brackets' || c.method === 'pattern:quoted-name', c.abbr !== undefined || c.nameEn !== undefined) === undefined,
  );
}
