import { CLAUSE_VERBS, PROGRAMME_ROLES, VIA_VERBS, clauseVerbOf, triggerOf, wordsOf, type ClauseVerb } from '../lexicon/triggerVerbs.js';
import { PROVENANCE } from '../provenance.js';
import type { EntityLabel } from '../../graph/ontology.js';
import { type Mention, type SentenceContext } from '../sentenceContext.js';
import { ACTORS, coordinated, emitOnce, nameGoesOn, namedByKindWord, programmeMeant, withoutAsides, type ReadingRule } from './ruleKit.js';

// The generic reading of Chinese news clauses, driven by CLAUSE_VERBS: who did what to which
// documents, programmes and labels, whatever the bodies are called. It reads
//   A、B和C(于2019年)(共同)发布了《X》和《Y》      subject list + verb + object list
//   A发布了《X》，并启动了“Y”项目                  a clause with no subject takes the previous one's
//   由A与B共同发起的“Y”, Y是由A发起的合作平台      relative passive
//   Y由A资助，A与B合作实施                          passive, and a later clause's object carried
//   A和B经过…合作研究，形成了《X》                  a scene clause's subjects carried, working together
//   经A评估，B发布《X》                              A's hand in what B did (VIA_VERBS)
// and gives each subject the relationship the verb's row gives for the object's kind.
// It refuses what it cannot be sure of: a subject that is not at the head of its clause (it is
// then the object of an earlier verb: "邀请A发布…"), anything between subject and verb that is
// not an adverb or a date, a pair split by 。 or ； (sentences and ；-clauses are never crossed).
// It runs after the precise rules and leaves alone any fact they read from the same sentence.

const VERBS = wordsOf(CLAUSE_VERBS);
const VERB_RE = new RegExp(`(?:${VERBS})`, 'gu');
const HAS_VERB = new RegExp(`(?:${VERBS})`, 'u');
/** 由 + the agents + the verb: the agents are checked to be a list of names afterwards. */
const PASSIVE_RE = new RegExp(`由([^，。；：由]{2,80}?)(${VERBS})(的)?`, 'gu');

/** Clause ends by code unit: 1 for ，：, (a later clause may carry the subject over), 2 for 。；！？ (it may not). */
const CLAUSE_END = new Uint8Array(0x10000);
for (const mark of '，：,:') CLAUSE_END[mark.charCodeAt(0)] = 1;
for (const mark of '；。！？;!?') CLAUSE_END[mark.charCodeAt(0)] = 2;

/** What may stand between the subject list and the verb: adverbs, dates, "together", a scene. */
const SUBJECT_GAP = /^(?:负责|牵头|参与|协助|同意|决定|继续|近日|日前|今年|去年|明年|此前|最近|目前|已经|已|还|也|将|正式|共同|联合|合作|携手|率先|首次|再次|又|均|都|先后|分别|曾|正在|一起|一同|于|在|从|开始|宣布|成功|进一步|上半年|下半年|年底|年初|月底|月初|当天|同日|随后|并|则|亦|日|年|月|起)*$/u;
/** What may open a clause before its subject. */
const PREAMBLE = /^(?:此外|另外|同时|其中|近日|日前|目前|随后|此后|今年|去年|当天|同日|会上|会议期间|期间|最后|最终|并|而|还|也|据悉|据了解|此次|日|年|月|于|在)*$/u;
/** What may stand between the verb and its object. */
const OBJECT_GAP = /^(?:实施|开展|执行|编写|发布|启动|管理|运营|了|的|一份|一项|一个|一部|一套|新版|新的|新|最新|首份|首个|首批|名为|题为|年度|全新|第[\d一二三四五六七八九十]+(?:版|期|届|份|批))*$/u;
/** Or a kind word before a titled or quoted name: "发布了关于塑料的报告《…》". */
const OBJECT_GAP_NOUN = /^(?:了|的)?[^，。；]{0,14}(?:报告|指南|手册|标准|宣言|倡议|计划|项目|文件|白皮书|导则|准则|战略|平台|网络|工具|活动)$/u;
/** "、B牵头的" after a passive: the rest of a chain of passives ending in 的. */
const CHAINED_RE = new RegExp(`^、[^，。；由]{2,60}?(?:${VERBS})的`, 'u');
/** What may stand before the verb of a clause that carries the subject of the clause before. */
const CARRIED_GAP = /^(?:并|还|也|同时|随后|此后|又|再|且|而且|已|将|共同|正式|负责|主要|专门|于|年|月|日)*$/u;
/** What may open a clause that carries the subject before and names partners: "…，并与A和B合作". */
const WITH_PARTNERS = /^(?:并|还|也|同时|随后|此后|又|再|且|已|将)*(?:与|同|和)$/u;
/** What the agents between 由 and the verb may be joined by. */
const AGENT_GLUE = /^(?:[、和与及]|以及|共同|联合|合作|携手|负责|具体|于|在|年|月|日)*$/u;
/** "A和B经过长达18个月的合作研究，": a clause of only subjects and how they went about it; the next clause says what they did. */
const SCENE = /^(?:经过|通过|历经|经|在)/u;
/** "经A评估，": the bodies that had a hand in what the next clause states. */
const VIA_RE = new RegExp(`^\\s*经(?:过)?(.{2,80}?)(${wordsOf(VIA_VERBS)})(?:后)?\\s*$`, 'u');
/** Between a clause's head body and the bodies it acted with: adverbs and dates, then 与/同/和. */
const WITH_AFTER_HEAD = /^(?:已|已经|曾|还|也|将|正式|首次|于|在|年|月|日)*(?:与|同|和)$/u;
/** Words that make co-subjects partners: working together (合作), not only doing one thing jointly (共同). */
const TOGETHER = /合作|携手/u;
/** 该项目, 本报告: the project or document the article is about. */
const ANAPHOR = /^(?:(?:该|本|此)(项目|计划|倡议|报告|指南|手册|标准|研究|网络|联盟|伙伴关系|平台)|(项目|计划|倡议|报告|指南|手册|标准)(?=由|旨在))/u;
/**
 * "，B和C为项目合作伙伴", "，B和C作为试点单位参与": a clause of only a list of bodies and the seat
 * they take in the programme the clause before spoke of (PROGRAMME_ROLES).
 */
const SEAT_RE = new RegExp(`^(.+?)(?:分别|均|也|则)?(?:为|作为|是|担任)(?:该|本)?(?:项目|计划|倡议)?(?:的)?(?:首批)?(${wordsOf(PROGRAMME_ROLES)})(?:之一)?(?:参与|参加)?(?:项目|计划)?(?:实施)?$`, 'u');
/** "首批参与的有A、B和C等12家机构": the bodies that take part in the programme the sentence speaks of. */
const TAKING_PART_RE = /^(?:首批|目前|现已|已)?(?:参与|加入)(?:的|者)(?:机构|成员|单位)?(?:有|包括)(.+?)(?:等[^，。；]{0,12})?$/u;
const HAS_SEAT = new RegExp(`(?:${wordsOf(PROGRAMME_ROLES)})|(?:参与|加入)(?:的|者)`, 'u');
/** What may join the bodies of such a list. */
const LIST_GLUE = /^(?:[、，,和与及\s]|以及)*$/u;
const ANAPHOR_LABEL: Record<string, 'Project' | 'Document' | 'Standard'> = { 项目: 'Project', 计划: 'Project', 倡议: 'Project', 报告: 'Document', 指南: 'Document', 手册: 'Document', 研究: 'Document', 标准: 'Standard' };

const NOT_ACTORS: readonly EntityLabel[] = ['Project', 'Document', 'Standard', 'EcoLabel', 'Event', 'Agreement'];

/** Text with asides in brackets, dates, spaces and quote marks removed: what a gap says in words. */
function bare(text: string): string {
  return text
    .replace(/[（(][^（）()]*[）)]/gu, '')
    .replace(/\d{4}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?|\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?/gu, '')
    .replace(/在[^，。；在]{1,30}?(?:上|期间|之际|框架下|支持下)/gu, '')
    .replace(/[\s“”"《》「」]/gu, '');
}

interface Clause {
  start: number;
  end: number;
  /** The clause ends in 。；！？ (nothing carries past it). */
  hard: boolean;
}

function clausesOf(text: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  // Depth in brackets and titles: a bracketed aside or a 《title》 may hold commas and colons, and is not cut.
  let depth = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0;
    if (code === 0xff08 || code === 0x28 || (code === 0x300a && text.includes('》', i))) depth++;
    else if ((code === 0xff09 || code === 0x29 || code === 0x300b) && depth > 0) depth--;
    const end = i === text.length ? 2 : depth > 0 ? 0 : CLAUSE_END[code]!;
    if (end === 0) continue;
    if (i > start) out.push({ start, end: i, hard: end === 2 });
    start = i + 1;
  }
  return out;
}

function inMention(ctx: SentenceContext, at: number): boolean {
  return ctx.mentions.some((m) => m.start <= at && at < m.end);
}

/** The bodies 双方 stands for: those named where the article's meeting or signing was read, less units of another side. */
function sides(ctx: SentenceContext): string[] {
  const parties = ctx.article.parties ?? [];
  return parties.filter((p) => {
    const parent = ctx.registry.parentOf(p);
    return !parent || !parties.includes(parent);
  });
}

/** A subject: a body named in the sentence, or one 双方 stands for. */
type Subject = Mention | string;

/** The subject list of a verb at `verbAt`: a list of bodies at the head of the clause, with only adverbs before the verb. */
function subjectsOf(ctx: SentenceContext, clause: Clause, verbAt: number): Subject[] | undefined {
  // "双方将共同开展…项目": the two sides of the article's meeting or signing.
  const both = ctx.text.slice(clause.start, verbAt).match(/^\s*双方/u);
  if (both && SUBJECT_GAP.test(bare(ctx.text.slice(clause.start + both[0].length, verbAt)))) {
    const keys = sides(ctx);
    return keys.length >= 2 ? keys : undefined;
  }
  // Only bodies: whether a programme that "issues" a document publishes it or holds it as a part
  // is read where its owner is named (publishingRule), not guessed here.
  const actors = ctx.mentions.filter((m) => ACTORS.includes(m.label) && m.start >= clause.start && m.end <= verbAt);
  for (let i = actors.length - 1; i >= 0; i--) {
    const last = actors[i]!;
    if (!SUBJECT_GAP.test(bare(ctx.text.slice(last.end, verbAt)))) continue;
    const list = coordinated(ctx, last, ACTORS).filter((m) => m.start >= clause.start && m.end <= last.end);
    const first = list[0]!;
    if (PREAMBLE.test(bare(ctx.text.slice(clause.start, first.start)))) return list;
    // "A已于2023年与B合作实施…": the body heading the clause did it with the ones after 与.
    const head = ctx.mentions.find((m) => ACTORS.includes(m.label) && m.start >= clause.start && m.end <= first.start);
    if (!head || !PREAMBLE.test(bare(ctx.text.slice(clause.start, head.start)))) return undefined;
    const heads = coordinated(ctx, head, ACTORS).filter((m) => m.start >= head.start && m.end <= first.start);
    const joined = bare(ctx.text.slice(heads[heads.length - 1]!.end, first.start));
    return WITH_AFTER_HEAD.test(joined) && TOGETHER.test(bare(ctx.text.slice(last.end, verbAt))) ? [...heads, ...list] : undefined;
  }
  return undefined;
}

/** The bodies after 与 in a clause that carries its subject ("，与A和B合作编写了"): they did it with it. */
function partnersOf(ctx: SentenceContext, clause: Clause, verbAt: number): Mention[] | undefined {
  const actors = ctx.mentions.filter((m) => ACTORS.includes(m.label) && m.start >= clause.start && m.end <= verbAt);
  const last = actors[actors.length - 1];
  if (!last || !SUBJECT_GAP.test(bare(ctx.text.slice(last.end, verbAt)))) return undefined;
  const list = coordinated(ctx, last, ACTORS).filter((m) => m.start >= clause.start && m.end <= last.end);
  return WITH_PARTNERS.test(bare(ctx.text.slice(clause.start, list[0]!.start))) ? list : undefined;
}

/** The objects after a verb ending at `from`: a list of names of the kinds the verb takes. */
function objectsOf(ctx: SentenceContext, clause: Clause, from: number, word: string): Mention[] {
  const after = ctx.mentions.filter((m) => m.start >= from && m.end <= clause.end);
  let first = after[0];
  if (!first) return [];
  const gap = ctx.text.slice(from, first.start);
  const titled = /[《“"]\s*$/u.test(gap);
  if (!OBJECT_GAP.test(bare(gap)) && !(titled && OBJECT_GAP_NOUN.test(bare(gap)))) return [];
  // "启动了联合国环境署的生命周期倡议": the owner before 的 is not the object.
  if (!clauseVerbOf(word, first.label) && /^\s*的\s*[“"《]?\s*$/u.test(ctx.text.slice(first.end, after[1]?.start ?? first.end))) first = after[1]!;
  if (!first || !clauseVerbOf(word, first.label)) return [];
  const kinds = CLAUSE_VERBS.filter((t) => t.word === word).flatMap((t) => t.objects);
  const list = coordinated(ctx, first, kinds).filter((m) => m.start >= first!.start && m.end <= clause.end && !nameGoesOn(ctx, m));
  // "完成了《X》的评审", "形成《X》的修订稿": what was done is a step in X's making, not X itself.
  const last = list[list.length - 1];
  if (last && /^(?:形成|完成)$/u.test(word) && /^\s*[》”"]?\s*的/u.test(ctx.text.slice(last.end))) return [];
  return list;
}

/** The project or document 该项目 / 本报告 at `at` stands for. */
function anaphorAt(ctx: SentenceContext, at: number): string | undefined {
  const m = ctx.text.slice(at).match(ANAPHOR);
  if (!m) return undefined;
  const word = (m[1] ?? m[2])!;
  // "该网络由A于2019年发起": the one network (body or programme) the article has named in full.
  if (!ANAPHOR_LABEL[word]) return namedByKindWord(ctx, word);
  const label = ANAPHOR_LABEL[word]!;
  // "会议发布了《X年度报告》，报告由A与B合作编写": the nearest name before it that ends in the same word.
  const named = [...ctx.mentions].reverse().find((x) => x.end <= at && x.label === label && ctx.registry.canonicalName(ctx.registry.peek(x.key)!).endsWith(word));
  if (named) return named.key;
  // "Y项目，旨在…，该项目由A提供经费": the one such thing that opens the sentence, before the article's topic.
  const opening = ctx.mentions.find((x) => x.end <= at && PREAMBLE.test(bare(ctx.text.slice(0, x.start))));
  const own = opening && opening.label === label && ctx.mentions.every((x) => x.end > at || x.label !== label || x.key === opening.key) ? opening.key : undefined;
  return own ?? (label === 'Project' ? programmeMeant(ctx, at) : ctx.article.topic?.[label]);
}

function state(ctx: SentenceContext, row: ClauseVerb, subjects: readonly Subject[], object: Mention | string, method: 'active' | 'passive'): void {
  const how = method === 'active' ? PROVENANCE.clause : PROVENANCE.clausePassive;
  for (const s of subjects) emitOnce(ctx, row.type, s, object, { role: row.role }, how);
}

/** Co-subjects that did it together ("A与B合作实施") work with each other. */
function together(ctx: SentenceContext, subjects: readonly Subject[], gap: string, word: string, object: Mention | string): void {
  if (subjects.length < 2 || !TOGETHER.test(gap)) return;
  const key = typeof object === 'string' ? object : object.key;
  const topic = ctx.registry.canonicalName(ctx.registry.peek(key)!);
  const [first, ...others] = subjects;
  for (const o of others) emitOnce(ctx, 'COOPERATES_WITH', first!, o, { topic }, PROVENANCE.clauseTogether);
}

function passive(ctx: SentenceContext, clauses: Clause[], carried: Map<number, Mention | string>): Set<number> {
  const read = new Set<number>();
  if (!ctx.text.includes('由')) return read;
  for (const m of ctx.text.matchAll(PASSIVE_RE)) {
    const at = m.index;
    const verbAt = at + 1 + m[1]!.length;
    const clause = clauses.find((c) => c.start <= at && at < c.end);
    if (!clause || inMention(ctx, at) || inMention(ctx, verbAt)) continue;
    const agents = ctx.mentions.filter((x) => ACTORS.includes(x.label) && x.start > at && x.end <= verbAt);
    if (agents.length === 0) continue;
    // Only names, joined by 和/、 and adverbs, between 由 and the verb: "由A邀请B发起" is not A's doing.
    let rest = ctx.text.slice(at + 1, verbAt);
    for (const a of [...agents].reverse()) rest = rest.slice(0, a.start - at - 1) + rest.slice(a.end - at - 1);
    if (!AGENT_GLUE.test(bare(rest))) continue;
    const word = m[2]!;
    // "由A资助、B牵头的Y": a passive chained to a relative one qualifies the same Y.
    const chained = m[3] ? null : ctx.text.slice(verbAt + word.length).match(CHAINED_RE);
    const end = verbAt + word.length + (m[3] ? 1 : chained ? chained[0].length : 0);
    let target: Mention | string | undefined;
    if (m[3] || chained) {
      // 由A发起的“Y”: the name right after 的; or "Y是由A发起的合作平台": the clause's subject.
      const next = ctx.mentions.find((x) => x.start >= end && x.start - end <= 2 && /^[\s“"《「]*$/u.test(ctx.text.slice(end, x.start)));
      if (next && NOT_ACTORS.includes(next.label)) target = next;
      else if (!next && /是\s*$/u.test(ctx.text.slice(clause.start, at))) {
        const head = ctx.mentions.find((x) => x.start >= clause.start && x.end <= at && PREAMBLE.test(bare(ctx.text.slice(clause.start, x.start))));
        if (head && /^\s*(?:（[^）]*）)?\s*(?:也|则|就|即)?是\s*$/u.test(ctx.text.slice(head.end, at))) target = head;
      }
    } else {
      // Y由A资助: Y heads the clause, or is the 该项目 the article is about, or the clause before's.
      const before = bare(ctx.text.slice(clause.start, at));
      const head = ctx.mentions.find((x) => x.start >= clause.start && x.end <= at && NOT_ACTORS.includes(x.label));
      if (head && PREAMBLE.test(bare(ctx.text.slice(clause.start, head.start))) && /^(?:计划|项目|倡议|活动|标签|报告|指南)?(?:已|将|主要|目前|均|也|则|于|是|年|月|日)*$/u.test(bare(ctx.text.slice(head.end, at)))) target = head;
      else if (/^(?:(?:该|本|此)?(?:项目|计划|倡议|报告|指南|手册|标准|研究)|(?:该|本|此)(?:网络|联盟|伙伴关系|平台))$/u.test(ctx.text.slice(clause.start, at).trim())) target = anaphorAt(ctx, clause.start + ctx.text.slice(clause.start).search(/\S/u));
      else if (before === '' || PREAMBLE.test(before)) target = carriedInto(ctx, clauses, carried, clauses.indexOf(clause));
    }
    if (!target) continue;
    const label = typeof target === 'string' ? ctx.registry.peek(target)?.label : target.label;
    const row = label ? clauseVerbOf(word, label) : undefined;
    if (!row) continue;
    const list = coordinated(ctx, agents[agents.length - 1]!, ACTORS).filter((x) => x.start > at && x.end <= verbAt);
    state(ctx, row, list, target, 'passive');
    together(ctx, list, rest, word, target);
    read.add(verbAt);
    const index = clauses.indexOf(clause);
    if (!clause.hard) carried.set(index + 1, target);
  }
  return read;
}

/** Bodies that had a hand in the next clause's statement ("经A评估，"), and the word that says how. */
interface Via {
  agents: Mention[];
  word: string;
}

/** "经联合国统计委员会评估，": a clause of only 经 + bodies + a word of VIA_VERBS. */
function viaOf(ctx: SentenceContext, clause: Clause): Via | undefined {
  const text = ctx.text.slice(clause.start, clause.end);
  const m = bare(text).match(VIA_RE);
  if (!m) return undefined;
  const agents = ctx.mentions.filter((x) => ACTORS.includes(x.label) && x.start >= clause.start && x.end <= clause.end);
  const last = agents[agents.length - 1];
  if (!last) return undefined;
  const list = coordinated(ctx, last, ACTORS).filter((x) => x.start >= clause.start);
  // Nothing but the bodies between 经 and the word: "经A邀请B评估" is not A's review.
  let rest = bare(text.slice(0, list[list.length - 1]!.end - clause.start));
  for (const a of list) rest = rest.replace(bare(a.text), '');
  if (!/^(?:经过|经)(?:[、和与及]|以及)*$/u.test(rest)) return undefined;
  if (!/^\s*(?:[（(][^（）()]*[）)])?\s*$/u.test(bare(ctx.text.slice(last.end, clause.end)).replace(m[2]!, '').replace(/后$/u, ''))) return undefined;
  return { agents: list, word: m[2]! };
}

function helpedWith(ctx: SentenceContext, via: Via, object: Mention): void {
  const row = VIA_VERBS.find((t) => t.word === via.word && t.objects.includes(object.label));
  if (!row) return;
  for (const a of via.agents) emitOnce(ctx, row.type, a, object, { role: row.role }, PROVENANCE.clauseVia);
}

/** "A和B经过…合作研究，": a list of bodies at the head of a clause that only says how they went about what the next clause states. */
function sceneOf(ctx: SentenceContext, clause: Clause): { subjects: Mention[]; gap: string } | undefined {
  const actors = ctx.mentions.filter((m) => m.start >= clause.start && m.end <= clause.end);
  const first = actors[0];
  if (!first || !ACTORS.includes(first.label) || !PREAMBLE.test(bare(ctx.text.slice(clause.start, first.start)))) return undefined;
  const list = coordinated(ctx, first, ACTORS).filter((m) => m.start >= clause.start);
  const last = list[list.length - 1]!;
  if (actors.some((m) => m.start >= last.end)) return undefined;
  const rest = ctx.text.slice(last.end, clause.end);
  if (!SCENE.test(bare(rest).replace(/^(?:共同|联合|一起|一同)/u, '')) || HAS_VERB.test(rest)) return undefined;
  return { subjects: list, gap: rest };
}

/** The bodies of `list` (a stretch of the clause at `from`) when nothing but list marks and asides stand between them. */
function onlyBodies(ctx: SentenceContext, from: number, list: string): Mention[] {
  const bodies = ctx.mentions.filter((x) => ACTORS.includes(x.label) && x.start >= from && x.end <= from + list.length);
  let rest = withoutAsides(list);
  for (const b of bodies) rest = rest.replace(withoutAsides(b.text), '');
  return bodies.length > 0 && LIST_GLUE.test(rest) ? bodies : [];
}

/**
 * "，B和C为项目合作伙伴" / "，B和C作为试点单位参与" / "首批参与的有A、B和C等": bodies seated in the
 * programme the clause before spoke of (`thing`). Only a programme: a document or an event has no partners.
 */
function seated(ctx: SentenceContext, clause: Clause, thing: Mention | string | undefined): boolean {
  if (!thing) return false;
  const key = typeof thing === 'string' ? thing : thing.key;
  if (ctx.registry.peek(key)?.label !== 'Project') return false;
  const text = ctx.text.slice(clause.start, clause.end);
  const lead = text.length - text.trimStart().length;
  const seat = text.trim().match(SEAT_RE);
  const part = seat ? undefined : text.trim().match(TAKING_PART_RE);
  if (!seat && !part) return false;
  const list = (seat ?? part)![1]!;
  const from = clause.start + lead + (seat ? 0 : text.trim().indexOf(list));
  const bodies = onlyBodies(ctx, from, list);
  if (bodies.length === 0) return false;
  const row = seat ? triggerOf(PROGRAMME_ROLES, seat[2]!)! : { type: 'INVOLVED_IN' as const, role: 'member' };
  for (const b of bodies) emitOnce(ctx, row.type, b, key, { role: row.role }, PROVENANCE.clause);
  return true;
}

/**
 * What a clause with no name of its own speaks of: the thing carried into it, or into the clauses
 * before it back to the last one that named something ("该项目由A资助，资助金额为80万美元，由B牵头实施").
 */
function carriedInto(ctx: SentenceContext, clauses: Clause[], carried: Map<number, Mention | string>, index: number): Mention | string | undefined {
  for (let j = index; j >= 0; j--) {
    if (carried.has(j)) return carried.get(j);
    if (j === 0 || clauses[j - 1]!.hard) return undefined;
    const prior = clauses[j - 1]!;
    // A clause that names something of its own and carried nothing on ends the chain.
    if (ctx.mentions.some((x) => x.start >= prior.start && x.end <= prior.end) && !carried.has(j - 1)) return undefined;
  }
  return undefined;
}

function clauseReading(ctx: SentenceContext): void {
  const text = ctx.text;
  if (!HAS_VERB.test(text) && !HAS_SEAT.test(text)) return;
  const clauses = clausesOf(text);
  // What a subjectless clause takes over from the clause before: the object of a passive ("Y由A资助，A与B合作实施").
  const carried = new Map<number, Mention | string>();
  // A clause that opens with a name of a thing (not a body) speaks of it: "Y于2020年启动，由A资助".
  clauses.forEach((clause, index) => {
    const head = ctx.mentions.find((x) => x.start >= clause.start && x.end <= clause.end);
    if (head && NOT_ACTORS.includes(head.label) && !clause.hard && PREAMBLE.test(bare(text.slice(clause.start, head.start)))) carried.set(index + 1, head);
    // "该项目由…资助，A与B合作实施": 该项目 is the project the article is about.
    else if (!clause.hard && ANAPHOR.test(text.slice(clause.start, clause.end).trimStart())) {
      const topic = anaphorAt(ctx, clause.start + text.slice(clause.start).search(/\S/u));
      if (topic) carried.set(index + 1, topic);
    }
  });
  const passiveVerbs = passive(ctx, clauses, carried);
  let subjects: Subject[] | undefined;
  // How the subjects a scene clause ("A和B经过…合作研究，") hands on went about it.
  let sceneGap = '';
  // "经A评估，": who had a hand in what the next clause states.
  let via: Via | undefined;
  clauses.forEach((clause, index) => {
    const inherited = subjects;
    const inheritedGap = sceneGap;
    const helped = via;
    sceneGap = '';
    via = undefined;
    let found = false;
    const head = ctx.mentions.find((x) => x.start >= clause.start && x.end <= clause.end);
    if (seated(ctx, clause, carriedInto(ctx, clauses, carried, index))) {
      if (clause.hard) subjects = undefined;
      return;
    }
    for (const v of text.slice(clause.start, clause.end).matchAll(VERB_RE)) {
      const verbAt = clause.start + v.index;
      const word = v[0];
      if (passiveVerbs.has(verbAt) || inMention(ctx, verbAt)) continue;
      // 启动会, 发布仪式, 发起人: the verb names a thing here.
      if (/^(?:会|仪式|人|方|者|式|单位|机构)/u.test(text.slice(verbAt + word.length))) continue;
      if (/由[^，。；]*$/u.test(text.slice(clause.start, verbAt))) continue;
      let who = subjectsOf(ctx, clause, verbAt);
      // A clause with no subject of its own ("…，并启动了Y") continues the one before's.
      if (!who && inherited && CARRIED_GAP.test(bare(text.slice(clause.start, verbAt)))) who = inherited;
      // "…，与A和B合作编写了《X》": the carried subject did it with the bodies named after 与.
      const partners = !who && inherited ? partnersOf(ctx, clause, verbAt) : undefined;
      if (partners) who = [...inherited!, ...partners];
      if (!who || who.length === 0) continue;
      found = true;
      subjects = partners ? inherited : who;
      const lastWho = who[who.length - 1]!;
      const gap = (typeof lastWho === 'string' ? bare(text.slice(clause.start, verbAt)) : text.slice(lastWho.end, verbAt)) + (who === inherited ? inheritedGap : '');
      const objects = objectsOf(ctx, clause, verbAt + word.length, word);
      if (objects.length === 0) {
        // "该项目由X资助，A与B合作实施": the object is the thing the clause before spoke of.
        const thing = carried.get(index);
        const label = typeof thing === 'string' ? ctx.registry.peek(thing)?.label : thing?.label;
        const row = thing && label ? clauseVerbOf(word, label) : undefined;
        if (thing && row && /^[了\s]*$/u.test(bare(text.slice(verbAt + word.length, clause.end)))) {
          state(ctx, row, who, thing, 'active');
          together(ctx, who, gap, word, thing);
        }
        continue;
      }
      for (const o of objects) {
        const row = clauseVerbOf(word, o.label);
        if (!row) continue;
        state(ctx, row, who, o, 'active');
        together(ctx, who, gap, word, o);
        if (helped) helpedWith(ctx, helped, o);
      }
    }
    const scene = found || clause.hard ? undefined : sceneOf(ctx, clause);
    if (scene) {
      subjects = scene.subjects;
      sceneGap = scene.gap;
    } else if (!found && head && ACTORS.includes(head.label)) {
      // A body at the head of a clause whose statement is not read here ("A作为技术支持单位参与项目实施，",
      // "A是由B发起的…机制，") is still the subject a subjectless clause after it continues; a body
      // further in, or one owning what follows ("A的代表"), is not, and ends what later clauses inherit.
      const atHead = PREAMBLE.test(bare(text.slice(clause.start, head.start))) && !/^\s*(?:[（(][^（）()]*[）)])?\s*[”"]?\s*(?:的|之)/u.test(text.slice(head.end));
      subjects = atHead ? coordinated(ctx, head, ACTORS).filter((m) => m.start >= head.start && m.end <= clause.end) : undefined;
    }
    if (!found && !clause.hard) via = viaOf(ctx, clause);
    if (clause.hard) subjects = undefined;
  });
}

/**
 * Rule `clause`.
 * Reads: subject list + verb of CLAUSE_VERBS + object list (A、B和C发布/发起/资助/实施/加入… X、Y),
 *   a subjectless clause carrying the previous clause's subjects, 由A发起的Y, Y是由A发起的…,
 *   Y由A资助, and co-subjects acting together (A与B合作实施Y).
 * Emits: the verb row's relationship (PUBLISHED, ORGANIZED, FUNDED, INVOLVED_IN, OPERATES,
 *   MEMBER_OF, CONTRIBUTED_TO) from every subject to every object; COOPERATES_WITH between
 *   co-subjects acting together. Never a fact an earlier rule read from the sentence.
 * Skips: none (a verb without clear parties is not necessarily a statement about them).
 */
export const clauseRule: ReadingRule = { name: 'clause', read: (ctx) => clauseReading(ctx) };
