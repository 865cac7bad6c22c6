import { SIGNS, WITNESSES, wordsOf } from '../lexicon/triggerVerbs.js';
import { PROVENANCE, ENTITY_PROVENANCE } from '../provenance.js';
import type { ReadingRule } from './ruleKit.js';
import { charCount } from '../charCount.js';
import { cleanName } from '../discover.js';
import { isCountedPhrase } from '../discoverFilter.js';
import { genericAgreement, type ReadEvent } from '../events.js';
import { classifyBySuffix } from '../lexicon/nameSuffixes.js';
import { clauseAround, mentionsOf, type Mention, type SentenceContext } from '../sentenceContext.js';
import { foldName } from '../../graph/index.js';
import { heldWhereParentWas } from './heldInRule.js';
import { ACTORS, WORKS, emit, sentenceDate, stated } from './ruleKit.js';

const SIGN = new RegExp(`(?:共同)?(?:${wordsOf(SIGNS)})(?:了)?`, 'u');
/** The signing verbs written backwards, to find the last one before a point. */
const SIGN_ALL = new RegExp(SIGNS.map((w) => [...w.word].reverse().join('')).join('|'), 'u');
/** "分别代表双方在协议上签字", "在《…》上签字": putting one's name to an agreement. */
const SIGNATURE = /在\s*([^，。；在]{1,40}?)\s*上\s*(?:共同)?(?:签字|签名)/u;
/** "分别代表双方签字", "代表各自机构签字": signing for the sides, with no document named. */
const FOR_THE_SIDES = /(?:分别)?代表(?:双方|各方|两方|三方|各自机构|本机构)\s*(?:共同)?(?:签字|签名)/u;
/** "该协议", "上述备忘录", "这份标准": an agreement named before. */
const ANAPHORIC_WORK = /^\s*((?:该|此|本|这份|这一|这项|上述|前述|以上)(?:合作|战略合作|互认)?(?:协议|协定|备忘录|意向书|标准|共同标准))/u;

function signing(ctx: SentenceContext, event: ReadEvent | undefined): void {
  const sign = SIGN.exec(ctx.text);
  if (!sign) return;
  const at = sign.index;
  const after = at + sign[0].length;
  // "出席了签约仪式": the ceremony, not a statement of who signed what.
  if (/^(?:仪式|现场|环节|活动)/u.test(ctx.text.slice(after))) return;
  // Witnesses: 在X(的)?见证下.
  const witnessSpan = ctx.text.match(/在([^，。]{1,40}?)(?:的)?见证下/u);
  const wStart = witnessSpan ? witnessSpan.index! + 1 : -1;
  const wEnd = witnessSpan ? wStart + witnessSpan[1]!.length : -1;
  const support = ctx.text.match(/在([^，。]{1,40}?)的支持下/u);
  const sStart = support ? support.index! : -1;
  const sEnd = support ? sStart + support[0].length : -1;
  // "泰国绿色标签与越南绿色标签签署互认协议": a label signs through the body the text says runs it; a
  // label no sentence gave a body to is no party (the ontology has labels sign nothing).
  const labelParties = mentionsOf(ctx, ['EcoLabel'], 0, at).flatMap((l) => {
    const body = ctx.briefing.operators.get(l.key);
    return body ? [{ ...l, key: body, label: ctx.registry.peek(body)!.label }] : [];
  });
  let signers = [...mentionsOf(ctx, ACTORS, 0, at), ...labelParties].sort((a, b) => a.start - b.start).filter((m) => !(m.start >= wStart && m.end <= wEnd) && !(m.start >= sStart && m.end <= sEnd));
  // Only the clause(s) leading to the verb: drop actors separated from it by a full stop.
  signers = signers.filter((m) => !/[。；]/u.test(ctx.text.slice(m.end, at)));
  // "出席GEN 2017年会并签署": what is attended or visited is not a signing party.
  signers = signers.filter((m) => !/(?:出席|参加|会见|访问|到访|在|于|受)\s*$/u.test(ctx.text.slice(Math.max(0, m.start - 4), m.start)));
  let objects = mentionsOf(ctx, WORKS, after).filter((m) => !/[。；]/u.test(ctx.text.slice(after, m.start)));
  objects = objects.filter((m) => !/[，]/u.test(ctx.text.slice(after, m.start)) || objects.indexOf(m) === 0);
  // "双方…签署了": the two sides of the meeting the article reports.
  // Else those the sentence before named ("张伟与金正浩出席会议。会上，双方签署了…").
  if (signers.length === 0 && /双方|两方/u.test(ctx.text.slice(0, at))) {
    const sides = ctx.article.parties && ctx.article.parties.length >= 2 ? ctx.article.parties : (ctx.article.previousActors ?? []).length >= 2 ? ctx.article.previousActors! : [];
    signers = sides.map((key) => ({ start: 0, end: 0, key, label: ctx.registry.peek(key)!.label, text: '双方' }));
  }
  if (objects.length === 0) {
    // "签署了该协议", "签署上述备忘录": the agreement the article has named already, never a new one.
    const anaphor = ctx.text.slice(after).match(ANAPHORIC_WORK);
    const earlier = anaphor ? earlierWork(ctx, anaphor[1]!) : undefined;
    if (anaphor && !earlier) {
      ctx.skip('signing', `${anaphor[0]} refers to nothing the article signed or named`, after);
      return;
    }
    if (earlier) objects = [{ start: after, end: after + anaphor![0].length, key: earlier, label: ctx.registry.peek(earlier)!.label, text: anaphor![0] }];
  }
  // "这是A与B正式签署的第一个环境标志共同标准": a relative clause; what was signed is what the sentence
  // is about, the work the article named before, never a work named "的第一个…".
  if (objects.length === 0 && /^\s*的/u.test(ctx.text.slice(after))) {
    const kind = /^[^，。；]{0,20}?标准/u.test(ctx.text.slice(after)) ? 'Standard' : 'Agreement';
    const earlier = ctx.article.topic?.[kind];
    if (!earlier) {
      ctx.skip('signing', 'signed as a relative clause of a work the article has not named', after);
      return;
    }
    objects = [{ start: after, end: after + 1, key: earlier, label: kind, text: ctx.text.slice(after, after + 1) }];
  }
  if (objects.length === 0) {
    const np = ctx.text.slice(after).match(/^[“《]?([^，。；“”《》]{2,40}?(?:共同标准|通用标准|标准|协议|协定|备忘录|意向书|合作协议|公约))/u);
    // "已签署五项共同标准": a count of works signed over the years, not one work signed here.
    if (np && !isCountedPhrase(cleanName(np[1]!))) {
      const name = cleanName(np[1]!);
      const rule = classifyBySuffix(name);
      const generic = genericAgreement(name);
      const parties = signers.filter((s) => s.label === 'Organization').map((s) => ctx.registry.canonicalName(ctx.registry.peek(s.key)!));
      const partyNames = parties.length ? parties : signers.map((s) => ctx.registry.canonicalName(ctx.registry.peek(ctx.briefing.affiliation.get(s.key) ?? s.key)!));
      const fullName = generic && partyNames.length ? `${[...new Set(partyNames)].join('与')}${name}` : name;
      // A generic name ("互认合作备忘录") of something the article has signed already is that thing.
      // So is one the text names by a shorter or longer form of its name ("绿色标签互认协议" for
      // "《泰国绿色标签与越南绿色标签互认协议》", the heading's words for the body's title).
      // "小规模资助协议" after "…战略合作协议" is another agreement.
      // A fuller name than the one signed before is written as its own and the shorter folds into it
      // at assembly (readingMerger's short forms), so the fuller one names it.
      const named = [...ctx.article.signed, ...[ctx.article.topic?.Agreement, ctx.article.topic?.Standard].filter((k): k is string => k !== undefined)];
      const already = rule ? named.find((k) => ctx.registry.peek(k)?.label === rule.label && [...ctx.registry.peek(k)!.seen.keys()].some((n) => sameWork(n, name) && charCount(name) <= charCount(n))) : undefined;
      if (already) {
        ctx.registry.observeKey(already, name, 0);
        objects = [{ start: after, end: after + np[0].length, key: already, label: rule!.label, text: np[0] }];
      } else if (rule && (rule.label === 'Standard' || rule.label === 'Agreement')) {
        const draft = ctx.registry.ensure(rule.label, fullName, { ...ENTITY_PROVENANCE.signedObject, kind: rule.kind });
        // The text's own words ("战略合作协议") stay a name of it.
        if (fullName !== name) ctx.registry.observe(draft, name, 0);
        objects = [{ start: after, end: after + np[0].length, key: draft.key, label: rule.label, text: np[0] }];
      }
    }
  }
  if (signers.length === 0 || objects.length === 0) {
    ctx.skip('signing', signers.length === 0 ? 'no signing party named in the sentence' : 'no agreement or standard named after the verb', at);
    return;
  }
  record(ctx, signers, objects, event, mentionsOf(ctx, ACTORS, wStart, wEnd));
}

/**
 * "颂猜·通巴与阮文海分别代表双方在协议上签字", "双方分别在协议上签字": people put their names to an
 * agreement the article has named. With no one named in the sentence, 双方 are those the
 * sentence before named (…A的代表甲和B的代表乙出席。), else the sides of the article's meeting.
 */
function signatures(ctx: SentenceContext, event: ReadEvent | undefined): void {
  // "A与B分别代表双方签字": no document named, so the one the article signed last.
  const m = SIGNATURE.exec(ctx.text) ?? FOR_THE_SIDES.exec(ctx.text);
  if (!m) return;
  const onStart = m[0].includes('在') ? m.index + m[0].indexOf('在') : m.index + m[0].length;
  let objects = mentionsOf(ctx, WORKS, onStart, m.index + m[0].length);
  if (objects.length === 0) {
    const earlier = earlierWork(ctx, m[1] ?? '');
    if (earlier) objects = [{ start: onStart, end: onStart + (m[1] ?? '').length, key: earlier, label: ctx.registry.peek(earlier)!.label, text: m[1] ?? m[0] }];
  }
  // Who signs is named after the last sentence mark or the last 签署 before (whose parties are that verb's).
  const signedBefore = SIGN_ALL.exec(ctx.text.slice(0, m.index).split('').reverse().join(''));
  const afterSign = signedBefore ? m.index - signedBefore.index : 0;
  const clauseStart = Math.max(ctx.text.lastIndexOf('。', m.index) + 1, ctx.text.lastIndexOf('；', m.index) + 1, afterSign);
  let signers = mentionsOf(ctx, ACTORS, clauseStart, m.index).filter((s) => !/(?:在|于|受|向)\s*$/u.test(ctx.text.slice(Math.max(0, s.start - 2), s.start)));
  // "代表双方签字的是A和B": the signers are named after 的是, the people when people are named (their
  // bodies and titles before them are no signers of their own).
  const named = signers.length === 0 ? ctx.text.slice(m.index + m[0].length).match(/^\s*的(?:分别)?(?:是|为)/u) : null;
  if (named) {
    const from = m.index + m[0].length + named[0].length;
    const to = clauseAround(ctx.text, from).end;
    const people = mentionsOf(ctx, ['Person'], from, to);
    signers = people.length > 0 ? people : mentionsOf(ctx, ['Organization'], from, to);
  }
  if (signers.length === 0 && /双方|各方|两方|三方/u.test(ctx.text.slice(clauseStart, m.index + m[0].length))) {
    const previous = ctx.article.previousActors ?? [];
    const keys = previous.length >= 2 ? previous : ctx.article.parties ?? [];
    signers = keys.map((key) => ({ start: 0, end: 0, key, label: ctx.registry.peek(key)!.label, text: '双方' }));
  }
  if (signers.length === 0 || objects.length === 0) {
    ctx.skip('signing', signers.length === 0 ? 'no one named who signed' : 'no agreement named or signed earlier in the article', m.index);
    return;
  }
  record(ctx, signers, objects, event, []);
}

const WITNESS = new RegExp(`(?:${wordsOf(WITNESSES)})(?!下)(?:了)?`, 'gu');
/** What a bare 见证 witnesses: the signing itself ("见证签约", "见证了协议的签署"), or nothing said. */
const SIGNING_WORDS = /^\s*(?:签约|签字|签署|签订|上述|该|这一|此|本|双方|协议|协定|备忘录|意向书|$|[，。；])/u;

/**
 * "A与B签署了《协议》，C和D共同见证了签约", "C出席并见证了《…》的签署": the people and bodies named
 * before 见证 in its clause witness what it names after it, else what this sentence signed, else
 * (with 签约/签字/该协议 after the verb) what the article signed last. 在X的见证下 is read with the signing.
 */
function witnessing(ctx: SentenceContext, signedHere: readonly string[]): void {
  for (const m of ctx.text.matchAll(WITNESS)) {
    const at = m.index!;
    const clause = clauseAround(ctx.text, at);
    // Only those before the verb in its clause, after any signing verb there (its parties sign, not witness).
    const signedIn = SIGN_ALL.exec(ctx.text.slice(clause.start, at).split('').reverse().join(''));
    const from = signedIn ? at - signedIn.index : clause.start;
    const named = mentionsOf(ctx, ACTORS, from, at).filter((w) => !/(?:在|于|向)\s*$/u.test(ctx.text.slice(Math.max(0, w.start - 1), w.start)));
    // "GEN主席张三见证": the body of a person named is how the text names the person, not a second witness.
    const bodiesOfPeople = new Set(named.filter((w) => w.label === 'Person').map((w) => ctx.briefing.affiliation.get(w.key)));
    const witnesses = named.filter((w) => !bodiesOfPeople.has(w.key));
    const after = at + m[0].length;
    const works = mentionsOf(ctx, WORKS, after, clause.end).map((o) => o.key);
    const said = SIGNING_WORDS.test(ctx.text.slice(after, clause.end));
    const objects = works.length ? works : signedHere.length ? signedHere : said ? ctx.article.signed.slice(-1) : [];
    if (witnesses.length === 0 || objects.length === 0) {
      ctx.skip('signing', witnesses.length === 0 ? 'no one named who witnessed' : 'nothing signed named for 见证 to witness', at);
      continue;
    }
    // The parties of this sentence's signing do not witness it.
    for (const o of new Set(objects)) for (const w of witnesses) if (!stated(ctx, 'SIGNED', w, o)) emit(ctx, 'WITNESSED', w, o, {}, PROVENANCE.witnessedSigning);
  }
}

/** An agreement or standard the article signed or named before, by the word that names its kind ("协议", "该备忘录"). */
function earlierWork(ctx: SentenceContext, words: string): string | undefined {
  // "在标准文本上签字", "在协议文件上签名": the text of the agreement is the agreement.
  const rule = classifyBySuffix(words.replace(/^(?:该|此|本|这份|这一|这项|上述|前述|以上|双方的?)/u, '').replace(/(?:文本|文件|正本|副本|签字页)$/u, ''));
  const label = rule?.label;
  const fits = (k: string) => {
    const l = ctx.registry.peek(k)?.label;
    return l !== undefined && (label === undefined ? l === 'Agreement' || l === 'Standard' : l === label);
  };
  const signed = [...ctx.article.signed].reverse().find(fits);
  if (signed) return signed;
  const topic = ctx.article.topic?.Agreement ?? ctx.article.topic?.Standard;
  return topic && fits(topic) ? topic : undefined;
}

/**
 * Two names of one agreement: the same closing word (协议, 备忘录…) and the shorter written within
 * the longer, in order ("绿色标签互认协议" in "泰国绿色标签与越南绿色标签互认协议"); "中日环境标志共同标准"
 * is not "中德环境标志空调共同标准".
 */
function sameWork(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [foldName(a), foldName(b)] : [foldName(b), foldName(a)];
  if (classifyBySuffix(a)?.label !== classifyBySuffix(b)?.label || short.slice(-2) !== long.slice(-2) || charCount(short) < 4) return false;
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}

/**
 * The date a sentence gives a signing: "2017年11月21日-27日，…访德，…签署了…" dates the trip, so the
 * signing only to the month the days share (or the year), never to the trip's first day.
 */
function signedOn(ctx: SentenceContext): string | undefined {
  const d = ctx.dates.find((x) => x.precision !== 'year' || !x.end) ?? ctx.dates[0];
  if (!d?.end || d.precision === 'year') return sentenceDate(ctx);
  if (d.start.slice(0, 7) === d.end.slice(0, 7)) return d.start.slice(0, 7);
  return d.start.slice(0, 4) === d.end.slice(0, 4) ? d.start.slice(0, 4) : undefined;
}

/** SIGNED (and the bodies of people who signed), witnesses, the event that produced it. */
function record(ctx: SentenceContext, signers: Mention[], objects: Mention[], event: ReadEvent | undefined, witnesses: Mention[]): void {
  // A launch or a publication the article reported before is no occasion a later signing happens at.
  const articleDraft = !event && ctx.article.event ? ctx.registry.peek(ctx.article.event) : undefined;
  // "这是双方自2015年签署互认协议以来…": a signing the sentence dates to another year than the
  // article's event happened before it, not at it.
  const ownYear = articleDraft?.startDate ? signedOn(ctx)?.slice(0, 4) : undefined;
  const articleEvent = articleDraft?.kind === 'launch' || (ownYear && !articleDraft!.startDate!.startsWith(ownYear)) ? undefined : ctx.article.event;
  const eventDraft = ctx.registry.peek(event?.key ?? articleEvent ?? '');
  // Undated signing sentences inside an event report take the date the text gives the signing:
  // the reported signing's own, else the day of a one-day meeting or the month of a longer one,
  // the same date the signing event below gets (never a day the text does not give it).
  const ownSigning = !event && eventDraft?.kind === 'signing';
  const during = event || ownSigning || !eventDraft?.startDate ? undefined : eventDraft.endDate || eventDraft.startDate.length < 10 ? eventDraft.startDate.slice(0, 7) : eventDraft.startDate;
  const date = signedOn(ctx) ?? (event ? ctx.registry.peek(event.key)?.startDate : undefined) ?? during ?? eventDraft?.startDate;
  for (const o of objects) {
    for (const s of signers) {
      emit(ctx, 'SIGNED', s, o, { date }, PROVENANCE.signed);
      const org = s.label === 'Person' ? ctx.briefing.affiliation.get(s.key) : undefined;
      if (org) emit(ctx, 'SIGNED', org, o, { date }, PROVENANCE.signedForOrganisation);
    }
    for (const w of witnesses) emit(ctx, 'WITNESSED', w, o, {}, PROVENANCE.witnessed);
    // An agreement named after a programme ("中德绿色消费合作意向书"): its parties take part in it.
    const programme = ctx.registry.namedAtHead(o.key, 'Project', 4);
    if (programme) for (const s of signers) emit(ctx, 'INVOLVED_IN', ctx.briefing.affiliation.get(s.key) ?? s.key, programme, { role: 'partner' }, PROVENANCE.agreementOfProgramme);
    const eventKey = event?.key ?? articleEvent;
    if (eventKey) emit(ctx, 'PRODUCED', eventKey, o, {}, event ? PROVENANCE.signedAtEvent : PROVENANCE.signedInArticleEvent);
    // An undated signing inside a reported event is an event of its own, dated as above (one per
    // agreement: a heading retelling the body finds the same one); not when the reported event is
    // this signing.
    if (during && articleEvent) {
      const objectName = ctx.registry.canonicalName(ctx.registry.peek(o.key)!);
      const signingEvent = ctx.registry.ensure('Event', `${objectName}签署`, { ...ENTITY_PROVENANCE.signingEvent, kind: 'signing' }, `Event|${during.slice(0, 7)}-signing-${o.key.replace(/^[^|]*\|/, '').slice(0, 40)}`);
      signingEvent.startDate ??= during;
      signingEvent.datePrecision ??= during.length === 10 ? 'day' : during.length === 7 ? 'month' : 'year';
      ctx.mention(signingEvent.key);
      (ctx.article.ceremonies ??= {}).signing = signingEvent.key;
      emit(ctx, 'PRODUCED', signingEvent.key, o, {}, PROVENANCE.signingEvent);
      emit(ctx, 'PART_OF', signingEvent.key, articleEvent, {}, PROVENANCE.signingEventPartOf);
      heldWhereParentWas(ctx, signingEvent.key, articleEvent);
      for (const s of signers) emit(ctx, 'ATTENDED', s, signingEvent.key, { role: 'signatory' }, PROVENANCE.signingEvent);
    }
    // Those who sign at a signing the sentence (or its article) reports take part in it as signatories.
    // (The article's signing only for the agreement it signed: "还签署了…另一协议" may be another occasion.)
    const signingAt = event?.kind === 'signing' ? event.key : ownSigning && ctx.article.signed.includes(o.key) ? ctx.article.event : undefined;
    if (signingAt) {
      for (const s of signers) {
        emit(ctx, 'ATTENDED', s, signingAt, { role: 'signatory' }, PROVENANCE.signingEvent);
        const org = s.label === 'Person' ? ctx.briefing.affiliation.get(s.key) : undefined;
        if (org) emit(ctx, 'ATTENDED', org, signingAt, { role: 'signatory' }, PROVENANCE.signingEvent);
      }
    }
    ctx.article.signed.push(o.key);
  }
}

/**
 * Rule `signing`.
 * Reads: X签署/签订Y, 在Z见证下, Z(共同)见证(了签约), 双方签署, 签署了该协议 (the agreement named before), X和Y(分别代表双方)在协议上签字
 * (with 双方: those the sentence before named).
 * Emits: SIGNED, WITNESSED, PRODUCED, INVOLVED_IN, a signing Event.
 * Skips: no signing party; no agreement or standard after the verb; 见证 with no witness or nothing signed; 该协议 with nothing signed or named before.
 */
export const signingRule: ReadingRule = {
  name: 'signing',
  read: (ctx, r) => {
    const signedBefore = ctx.article.signed.length;
    if (SIGN.test(ctx.text)) signing(ctx, r.event);
    // "…签署《…》，A与B分别代表双方在备忘录上签字": the people who put their names to it, too.
    if (ctx.text.includes('签')) signatures(ctx, r.event);
    if (ctx.text.includes('见证')) witnessing(ctx, ctx.article.signed.slice(signedBefore));
  },
};
