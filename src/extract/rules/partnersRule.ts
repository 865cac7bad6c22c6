import { PROVENANCE } from '../provenance.js';
import { clauseAround, mentionsOf, type Mention, type SentenceContext } from '../sentenceContext.js';
import { coordinated, emitOnce, withoutAsides, type ReadingRule } from './ruleKit.js';
import type { EntityLabel } from '../../graph/ontology.js';

// Statements of what a body is to another, with 是 or in apposition:
//   X是Y(重要)的合作伙伴, X是Y重要的合作伙伴             COOPERATES_WITH
//   X是Y的(正式)成员, Y的成员包括A、B和C                  MEMBER_OF
//   Y下设的X, X（Y的下属机构）, Y旗下的X                   MEMBER_OF (a unit), OPERATES (a label or programme)
//   Y的X (Y a body, X a label), Y的X (both programmes)    OPERATES, PART_OF
//   X——Y下的…之一                                         PART_OF
// X must head its clause (else it is the object of an earlier verb) and the pair may not cross
// a 。 or ；.

const BODIES: readonly EntityLabel[] = ['Organization', 'EcoLabel'];
/** What may stand between the subject and 是. */
const BEFORE_IS = /^(?:也|一直|长期以来|一直以来|始终|都|均|早已|已|目前|现|现在|仍)*$/u;
/** What may open a clause before its subject. */
const PREAMBLE = /^(?:此外|另外|同时|其中|目前|如今|现在|而|并|据悉|据了解)*$/u;

/** The subject list of a 是 at `isAt`: names at the head of its clause. */
function subjectsBeforeIs(ctx: SentenceContext, isAt: number, labels: readonly EntityLabel[]): Mention[] {
  const clause = clauseAround(ctx.text, isAt);
  const last = mentionsOf(ctx, labels, clause.start, isAt).pop();
  if (!last || !BEFORE_IS.test(withoutAsides(ctx.text.slice(last.end, isAt)))) return [];
  const list = coordinated(ctx, last, labels).filter((m) => m.start >= clause.start && m.end <= last.end);
  if (!PREAMBLE.test(withoutAsides(ctx.text.slice(clause.start, list[0]!.start)).replace(/[\d年月日]/gu, ''))) return [];
  return list;
}

function partners(ctx: SentenceContext): void {
  const text = ctx.text;
  // X是Y(的)(重要|主要|长期|战略)(的)?合作伙伴
  for (const m of text.matchAll(/是([^，。；是]{2,40}?)(?:的)?(?:重要|主要|长期|战略|关键|核心|密切)*(?:的)?合作伙伴/gu)) {
    const isAt = m.index;
    const partnersNamed = mentionsOf(ctx, BODIES, isAt + 1, isAt + 1 + m[1]!.length);
    const whole = partnersNamed[0] ? coordinated(ctx, partnersNamed[0], BODIES).filter((x) => x.start > isAt && x.end <= isAt + 1 + m[1]!.length) : [];
    // The partner closes the span: "是A的合作伙伴", not "是A推出的B的合作伙伴".
    if (whole.length === 0 || !/^\s*(?:[（(][^）)]*[）)])?\s*(?:的)?(?:重要|主要|长期|战略|关键|核心|密切)*(?:的)?$/u.test(text.slice(whole[whole.length - 1]!.end, isAt + 1 + m[1]!.length))) continue;
    for (const s of subjectsBeforeIs(ctx, isAt, BODIES)) for (const p of whole) emitOnce(ctx, 'COOPERATES_WITH', s, p, { kind: 'partnership' }, PROVENANCE.partnerOf);
  }
  // X是Y的(正式|重要)?成员(单位|机构|之一)?
  // "X是Y（ABBR）成员": 的 may be left out when the body's name ends right before the seat.
  for (const m of text.matchAll(/是([^，。；是]{2,40}?)的?(?:正式|重要|创始|核心|首批)?(?:成员|会员)(?!国|经济体|城市)/gu)) {
    const isAt = m.index;
    const bodies = mentionsOf(ctx, ['Organization', 'Project'], isAt + 1, isAt + 1 + m[1]!.length);
    // The body that closes the span, its abbreviation in brackets after it ("全球环境标志网络（GEN）") being an aside.
    const body = [...bodies].reverse().find((b) => withoutAsides(text.slice(b.end, isAt + 1 + m[1]!.length)) === '' && !/[（(][^）)]*$/u.test(text.slice(isAt, b.start)));
    if (!body) continue;
    for (const s of subjectsBeforeIs(ctx, isAt, ['Organization', 'Person'])) emitOnce(ctx, 'MEMBER_OF', s, body, {}, PROVENANCE.memberOfBody);
  }
  // Y的成员(单位|机构)?包括：A、B和C
  for (const m of text.matchAll(/的?(?:成员|会员)(?:单位|机构|国)?(?:包括|有|为)[：:]?/gu)) {
    const body = mentionsOf(ctx, ['Organization', 'Project'], 0, m.index).pop();
    if (!body || withoutAsides(text.slice(body.end, m.index)) !== '') continue;
    const end = m.index + m[0].length;
    const first = mentionsOf(ctx, ['Organization'], end).find((x) => /^[\s“"]*$/u.test(text.slice(end, x.start)));
    if (!first) continue;
    for (const member of coordinated(ctx, first, ['Organization']).filter((x) => x.start >= first.start)) emitOnce(ctx, 'MEMBER_OF', member, body, {}, PROVENANCE.memberOfBody);
  }
  apposition(ctx);
}

function apposition(ctx: SentenceContext): void {
  const text = ctx.text;
  const ms = ctx.mentions;
  for (let i = 0; i + 1 < ms.length; i++) {
    const y = ms[i]!;
    const x = ms[i + 1]!;
    const gap = text.slice(y.end, x.start).replace(/[\s“"《]/gu, '');
    // Y下设的X, Y旗下的X, Y下属的X, Y下属机构X: a unit of Y, or a label or programme Y runs.
    if (/^(?:下设|旗下|下属|所属|直属)(?:的|的?(?:机构|单位|事业单位))?$/u.test(gap) && y.label === 'Organization') {
      if (x.label === 'Organization') emitOnce(ctx, 'MEMBER_OF', x, y, {}, PROVENANCE.unitOf);
      // "下属机构X" says X is a body: a label matched there is the head of a longer name.
      else if (!/机构|单位/u.test(gap)) emitOnce(ctx, 'OPERATES', y, x, {}, PROVENANCE.unitOf);
    }
    // Y的X: a body's label; a programme within a programme.
    if (gap === '的' && y.label === 'Organization' && x.label === 'EcoLabel') emitOnce(ctx, 'OPERATES', y, x, {}, PROVENANCE.possessive);
    if (gap === '的' && y.label === 'Project' && x.label === 'Project') emitOnce(ctx, 'PART_OF', x, y, {}, PROVENANCE.possessive);
  }
  // X（Y的下属机构 / 隶属于Y）: the aside says whose unit X is.
  for (const m of text.matchAll(/[（(]\s*(?:隶属于|隶属)?([^（）()]{2,40}?)(?:的)?(?:下属|直属|所属)?(?:机构|单位|部门)?\s*[）)]/gu)) {
    if (!/下属|直属|所属|隶属/u.test(m[0])) continue;
    const x = ms.filter((n) => n.end <= m.index && withoutAsides(text.slice(n.end, m.index)) === '').pop();
    const y = mentionsOf(ctx, ['Organization'], m.index, m.index + m[0].length)[0];
    if (x && y && x.label === 'Organization') emitOnce(ctx, 'MEMBER_OF', x, y, {}, PROVENANCE.unitOf);
  }
  // X——Y(下|中)的…之一: X is one part of Y.
  for (const m of text.matchAll(/(?:——|—|－－|--)([^，。；]{2,40}?)(?:下|中|框架下)?的[^，。；]{0,12}之一/gu)) {
    const x = ms.filter((n) => n.end <= m.index && /^\s*$/u.test(text.slice(n.end, m.index))).pop();
    const y = mentionsOf(ctx, ['Project', 'Event', 'Document'], m.index, m.index + m[0].length).shift();
    if (x && y) emitOnce(ctx, 'PART_OF', x, y, {}, PROVENANCE.possessive);
  }
  // “同一个地球网络”执行委员会, GEN理事会: a governing body named after its body is one of its organs.
  for (const m of ms) {
    if (m.label !== 'Organization') continue;
    const name = ctx.registry.canonicalName(ctx.registry.peek(m.key)!).replace(/[“”"「」\s]/gu, '');
    if (!/(?:委员会|理事会|董事会)$/u.test(name)) continue;
    const owner = ctx.registry.ownerByName(m.key);
    const ownerDraft = owner ? ctx.registry.peek(owner) : undefined;
    if (!owner || !ownerDraft || owner === m.key) continue;
    const organ = name.slice(ctx.registry.canonicalName(ownerDraft).replace(/[“”"「」\s]/gu, '').length);
    if (/^(?:[\p{Script=Han}]{2,4}委员会|理事会|董事会)$/u.test(organ)) emitOnce(ctx, 'MEMBER_OF', m, owner, {}, PROVENANCE.unitOf);
  }
}

/**
 * Rule `partners`.
 * Reads: X是Y的合作伙伴, X是Y的成员, Y的成员包括A、B, Y下设的X, X（Y的下属机构）, Y的X (a label,
 *   a programme), X——Y下的…之一, Y执行委员会/理事会 (an organ named after its body).
 * Emits: COOPERATES_WITH partnership, MEMBER_OF, OPERATES, PART_OF; never a fact an earlier rule
 *   read from the sentence.
 * Skips: none.
 */
export const partnersRule: ReadingRule = { name: 'partners', read: (ctx) => partners(ctx) };
