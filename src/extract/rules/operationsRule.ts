import { PROVENANCE } from '../provenance.js';
import type { ReadingRule } from './ruleKit.js';
import { cleanName } from '../discover.js';
import { isUmbrellaBody } from '../umbrellaBody.js';
import { clauseAround, mentionsOf, type SentenceContext } from '../sentenceContext.js';
import { ORG, emit, coordinated, withoutAsides } from './ruleKit.js';

function operations(ctx: SentenceContext): void {
  const text = ctx.text;
  const labels = mentionsOf(ctx, ['EcoLabel', 'Project']);
  if (labels.length === 0) return;
  const verb = /业务|实施|推出|运营|负责|管理|颁发|发起并领导|发起|领导|启动/u;
  if (!verb.test(text)) return;
  for (const l of labels) {
    // A listed label ("A（…）、B（…）、C等业务") shares the operator of the first in the list.
    const head = coordinated(ctx, l, ['EcoLabel', 'Project'])[0] ?? l;
    const before = text.slice(0, head.start);
    const clauseStart = Math.max(before.lastIndexOf('。'), before.lastIndexOf('；')) + 1;
    const orgs = mentionsOf(ctx, ORG, clauseStart, head.start).filter((o) => !/来自|向|与/u.test(text.slice(Math.max(0, o.start - 2), o.start)));
    const after = text.slice(l.end, l.end + 40);
    const operatorAfter = after.match(/^[^，。]{0,6}?由/u) ? mentionsOf(ctx, ORG, l.end, l.end + 40)[0] : undefined;
    const operator = operatorAfter ?? orgs[orgs.length - 1];
    if (!operator) continue;
    // "由电子观察、宜可城和全球电子可持续发展倡议（GeSI）共同发起的…": a programme listed with the bodies is one
    // of those who launch, not what they launch.
    if (!operatorAfter && /^\s*(?:[（(][^（）()]*[）)])?\s*[、和与及]\s*$/u.test(text.slice(operator.end, head.start))) continue;
    // "联合国可持续旅游计划于2019年启动": a family of bodies written at the head of the name runs none of it itself.
    if (!operatorAfter && operator.end === head.start && isUmbrellaBody(ctx.registry.gazetteer, ctx.registry.peek(operator.key)?.gazetteer)) continue;
    // "…计划联合领导机构-荷兰…": 领导机构 after the programme names who leads it, a body still to come.
    const gap = (operatorAfter ? after : text.slice(operator.end, head.start) + text.slice(l.end, l.end + 12)).replace(/(?:发起并领导|发起|领导|实施|管理|负责|运营)(?:机构|单位|方)/gu, '');
    if (!operatorAfter && (withoutAsides(text.slice(operator.end, head.start)).length > 24 || /[，。；]/u.test(text.slice(operator.end, head.start)))) continue;
    if (!verb.test(gap) && !/有关|(?:推出|负责|运营|实施|管理)的/u.test(text.slice(operator.end, head.start))) continue;
    // "由亚洲开发银行资助的…项目于2020年启动": the body's own verb is funding or inviting, not running or launching.
    if (!operatorAfter && /^[^，。；]*?(?:资助|赞助|出资|支持|邀请|委托)/u.test(text.slice(operator.end, head.start))) continue;
    // "A已与B合作实施了Y": a project carried out with partners is taken part in (read by the clause rule), not run.
    if (!operatorAfter && /^[^，。；]*?(?:与|同)[^，。；]*?(?:合作|共同|联合)(?:实施|开展|执行)/u.test(text.slice(operator.end, head.start))) continue;
    if (l.label === 'Project' && /发起|领导|启动/u.test(gap)) {
      const since = ctx.dates.find((d) => d.index > operator.end && d.index < l.start + 60);
      for (const o of coordinated(ctx, operator, ORG)) emit(ctx, 'ORGANIZED', o, l, { role: /领导/u.test(gap) ? 'lead' : 'launcher', since: since?.start.slice(0, 4) }, PROVENANCE.launched);
      continue;
    }
    emit(ctx, 'OPERATES', operator, l, {}, PROVENANCE.operates);
    // Briefing state (the documented exception): a label named as a signing party stands for this body.
    if (!ctx.briefing.operators.has(l.key)) ctx.briefing.operators.set(l.key, operator.key);
    // A department's programme is its parent's too: "UL 环境事业部" runs it, so UL does.
    const parent = ctx.registry.parentOf(operator.key);
    if (parent) emit(ctx, 'OPERATES', parent, l, {}, PROVENANCE.operatesParent);
  }
}

function labelsHeld(ctx: SentenceContext): void {
  const m = ctx.text.match(/(荣获|获得|通过)([^，。]{0,20}?)/u);
  if (!m) return;
  const labels = mentionsOf(ctx, ['EcoLabel'], m.index!, m.index! + 24);
  if (labels.length === 0) return;
  const clause = clauseAround(ctx.text, m.index!);
  // "中环联合助力美的…通过…认证": the helper is not the holder.
  const holders = mentionsOf(ctx, ORG, clause.start, m.index!).filter((o) => !/^\s*(?:助力|帮助|协助)/u.test(ctx.text.slice(o.end, o.end + 4)));
  const holder = holders[holders.length - 1];
  if (!holder) {
    ctx.skip('labels-held', 'no holder named before the label', m.index!);
    return;
  }
  const productMatch = ctx.text.slice(holder.end, m.index!).match(/(?:公司)?(?:生产的)?(.{2,60})$/u);
  const product = productMatch ? cleanName(productMatch[1]!.replace(/^[的\s]+/, '')) : undefined;
  const date = ctx.dates[0]?.start;
  for (const l of labels) emit(ctx, 'HOLDS_LABEL', holder, l, { product: product && product.length >= 2 ? product : undefined, date }, PROVENANCE.holdsLabel);
}

/**
 * Rule `operations`.
 * Reads: a body running, launching or leading a label or programme.
 * Emits: OPERATES; ORGANIZED lead/launcher for a programme.
 * Skips: none.
 */
export const operationsRule: ReadingRule = { name: 'operations', read: (ctx) => operations(ctx) };

/**
 * Rule `labels-held`.
 * Reads: X荣获/获得/通过 a label.
 * Emits: HOLDS_LABEL with the product.
 * Skips: none.
 */
export const labelsHeldRule: ReadingRule = { name: 'labels-held', read: (ctx) => labelsHeld(ctx) };
