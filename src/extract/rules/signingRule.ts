import { SIGNS, wordsOf } from '../lexicon/triggerVerbs.js';
import { PROVENANCE, ENTITY_PROVENANCE } from '../provenance.js';
import type { ReadingRule } from './ruleKit.js';
import { charCount } from '../charCount.js';
import { cleanName } from '../discover.js';
import type { ReadEvent } from '../events.js';
import { classifyBySuffix } from '../lexicon/nameSuffixes.js';
import { mentionsOf, type SentenceContext } from '../sentenceContext.js';
import { heldWhereParentWas } from './heldInRule.js';
import { ACTORS, WORKS, emit, sentenceDate } from './ruleKit.js';

const SIGN = new RegExp(`(?:共同)?(?:${wordsOf(SIGNS)})(?:了)?`, 'u');

function signing(ctx: SentenceContext, event: ReadEvent | undefined): void {
  const sign = SIGN.exec(ctx.text);
  if (!sign) return;
  const at = sign.index;
  const after = at + sign[0].length;
  // Witnesses: 在X(的)?见证下.
  const witnessSpan = ctx.text.match(/在([^，。]{1,40}?)(?:的)?见证下/u);
  const wStart = witnessSpan ? witnessSpan.index! + 1 : -1;
  const wEnd = witnessSpan ? wStart + witnessSpan[1]!.length : -1;
  const support = ctx.text.match(/在([^，。]{1,40}?)的支持下/u);
  const sStart = support ? support.index! : -1;
  const sEnd = support ? sStart + support[0].length : -1;
  let signers = mentionsOf(ctx, ACTORS, 0, at).filter((m) => !(m.start >= wStart && m.end <= wEnd) && !(m.start >= sStart && m.end <= sEnd));
  // Only the clause(s) leading to the verb: drop actors separated from it by a full stop.
  signers = signers.filter((m) => !/[。；]/u.test(ctx.text.slice(m.end, at)));
  // "出席GEN 2017年会并签署": what is attended or visited is not a signing party.
  signers = signers.filter((m) => !/(?:出席|参加|会见|访问|到访|在|于|受)\s*$/u.test(ctx.text.slice(Math.max(0, m.start - 4), m.start)));
  let objects = mentionsOf(ctx, WORKS, after).filter((m) => !/[。；]/u.test(ctx.text.slice(after, m.start)));
  objects = objects.filter((m) => !/[，]/u.test(ctx.text.slice(after, m.start)) || objects.indexOf(m) === 0);
  // "双方…签署了": the two sides of the meeting the article reports.
  if (signers.length === 0 && /双方|两方/u.test(ctx.text.slice(0, at)) && ctx.article.parties && ctx.article.parties.length >= 2) {
    signers = ctx.article.parties.map((key) => ({ start: 0, end: 0, key, label: 'Organization' as const, text: '双方' }));
  }
  if (objects.length === 0) {
    const np = ctx.text.slice(after).match(/^[“《]?([^，。；“”《》]{2,40}?(?:共同标准|通用标准|标准|协议|协定|备忘录|意向书|合作协议|公约))/u);
    if (np) {
      const name = cleanName(np[1]!);
      const rule = classifyBySuffix(name);
      const generic = charCount(name) <= 8 && /^(?:战略|合作|小规模|谅解|框架|互认|双边|多边|合作框架|资助|小规模资助)/u.test(name);
      const parties = signers.filter((s) => s.label === 'Organization').map((s) => ctx.registry.canonicalName(ctx.registry.peek(s.key)!));
      const partyNames = parties.length ? parties : signers.map((s) => ctx.registry.canonicalName(ctx.registry.peek(ctx.briefing.affiliation.get(s.key) ?? s.key)!));
      const fullName = generic && partyNames.length ? `${[...new Set(partyNames)].join('与')}${name}` : name;
      // A generic name ("互认合作备忘录") of something the article has signed already is that thing.
      const already = generic && rule ? ctx.article.signed.find((k) => ctx.registry.peek(k)?.label === rule.label) : undefined;
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
  const eventDraft = ctx.registry.peek(event?.key ?? ctx.article.event ?? '');
  // Undated signing sentences inside an event report take the event's date.
  const date = sentenceDate(ctx) ?? eventDraft?.startDate;
  for (const o of objects) {
    for (const s of signers) {
      emit(ctx, 'SIGNED', s, o, { date }, PROVENANCE.signed);
      const org = s.label === 'Person' ? ctx.briefing.affiliation.get(s.key) : undefined;
      if (org) emit(ctx, 'SIGNED', org, o, { date }, PROVENANCE.signedForOrganisation);
    }
    for (const w of mentionsOf(ctx, ACTORS, wStart, wEnd)) emit(ctx, 'WITNESSED', w, o, {}, PROVENANCE.witnessed);
    // An agreement named after a programme ("中德绿色消费合作意向书"): its parties take part in it.
    const programme = ctx.registry.namedAtHead(o.key, 'Project', 4);
    if (programme) for (const s of signers) emit(ctx, 'INVOLVED_IN', ctx.briefing.affiliation.get(s.key) ?? s.key, programme, { role: 'partner' }, PROVENANCE.agreementOfProgramme);
    const eventKey = event?.key ?? ctx.article.event;
    if (eventKey) emit(ctx, 'PRODUCED', eventKey, o, {}, event ? PROVENANCE.signedAtEvent : PROVENANCE.signedInArticleEvent);
    // An undated signing inside a reported event is an event of its own, in that event's month.
    if (!event && eventDraft?.startDate && ctx.article.event) {
      const objectName = ctx.registry.canonicalName(ctx.registry.peek(o.key)!);
      const month = eventDraft.startDate.slice(0, 7);
      const signingEvent = ctx.registry.ensure('Event', `${objectName}签署`, { ...ENTITY_PROVENANCE.signingEvent, kind: 'signing' }, `Event|${month}-signing-${o.key.replace(/^[^|]*\|/, '').slice(0, 40)}`);
      signingEvent.startDate ??= month;
      signingEvent.datePrecision ??= month.length === 7 ? 'month' : 'year';
      ctx.mention(signingEvent.key);
      emit(ctx, 'PRODUCED', signingEvent.key, o, {}, PROVENANCE.signingEvent);
      emit(ctx, 'PART_OF', signingEvent.key, ctx.article.event, {}, PROVENANCE.signingEventPartOf);
      heldWhereParentWas(ctx, signingEvent.key, ctx.article.event);
      for (const s of signers) emit(ctx, 'ATTENDED', s, signingEvent.key, { role: 'signatory' }, PROVENANCE.signingEvent);
    }
    ctx.article.signed.push(o.key);
  }
}

/**
 * Rule `signing`.
 * Reads: X签署/签订Y, 在Z见证下, 双方签署.
 * Emits: SIGNED, WITNESSED, PRODUCED, INVOLVED_IN, a signing Event.
 * Skips: no signing party; no agreement or standard after the verb.
 */
export const signingRule: ReadingRule = { name: 'signing', read: (ctx, r) => signing(ctx, r.event) };
