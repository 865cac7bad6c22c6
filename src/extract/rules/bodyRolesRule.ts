import { PROVENANCE } from '../provenance.js';
import type { ReadingRule } from './ruleKit.js';
import { matchesWith } from '../matchesWith.js';
import { clauseAround, mentionsOf, type SentenceContext } from '../sentenceContext.js';
import { englishTitle } from '../lexicon/titles.js';
import { ACTORS, ORG, emit, withoutAsides } from './ruleKit.js';

/**
 * Roles inside a body: "中环联合于2019年开始承担国际绿色采购网秘书处职能" (its secretariat),
 * "…基础设施/建筑工作组由印度铁道部牵头" (its lead member).
 */
function rolesInBodies(ctx: SentenceContext): void {
  const text = ctx.text;
  if (text.includes('秘书处')) {
    const m = text.match(/(担任|承担|作为)([^，。；]{1,30}?)秘书处(?:职能|工作|角色)?/u);
    const from = m ? m.index! + m[1]!.length : -1;
    // The span may be read as one name with its secretariat ("国际绿色采购网秘书处"): the body is the one it serves.
    const unit = m ? mentionsOf(ctx, ORG, from).find((o) => o.start < from + m[2]!.length && o.text.endsWith('秘书处')) : undefined;
    const parent = unit ? ctx.registry.parentOf(unit.key) : undefined;
    const body = m ? mentionsOf(ctx, ORG, from, from + m[2]!.length).pop() ?? (unit && parent ? { ...unit, key: parent } : undefined) : undefined;
    const holder = m ? mentionsOf(ctx, ORG, clauseAround(text, m.index!).start, m.index!).pop() : undefined;
    const since = m ? ctx.dates.find((d) => d.index < m.index! && m.index! - d.index < 12) : undefined;
    if (m && (!body || !holder)) ctx.skip('roles-in-bodies', body ? 'no body named to hold the secretariat' : 'no body named whose secretariat it is', m.index!);
    if (body && holder && body.key !== holder.key) emit(ctx, 'MEMBER_OF', holder, body, { role: 'secretariat', since: since?.start.slice(0, 4) }, PROVENANCE.secretariat);
  }
  if (text.includes('牵头') && text.includes('由')) {
    const m = text.match(/由([^，。；]{2,40}?)牵头/u);
    if (!m) return;
    // The body led is the subject right before 由, not a document ("《…》由X牵头").
    const body = mentionsOf(ctx, ORG, clauseAround(text, m.index!).start, m.index!).pop();
    if (!body) {
      ctx.skip('roles-in-bodies', 'no body named before 由…牵头', m.index!);
      return;
    }
    if (withoutAsides(text.slice(body.end, m.index!)) !== '') return;
    for (const o of mentionsOf(ctx, ORG, m.index! + 1, m.index! + 1 + m[1]!.length)) emit(ctx, 'MEMBER_OF', o, body, { role: 'lead' }, PROVENANCE.ledByMember);
  }
}

/** "PECC在亚太经合组织（APEC）中享有正式观察员地位", "X是Y的观察员": observers are members in that role. */
function observers(ctx: SentenceContext): void {
  const text = ctx.text;
  if (!text.includes('观察员')) return;
  const m = text.match(/(在|是|为|成为)([^，。；]{2,40}?)(?:中|内|的)?(?:享有|具有|拥有|获得|取得)?([^，。；]{0,4})观察员/u);
  if (!m) return;
  const spanStart = m.index! + m[1]!.length;
  const target = mentionsOf(ctx, ['Organization', 'Project'], spanStart, spanStart + m[2]!.length)[0];
  const member = mentionsOf(ctx, ACTORS, clauseAround(text, m.index!).start, m.index!).pop();
  if (!target || !member) {
    ctx.skip('observers', target ? 'no observer named before the body' : 'no body named whose observer it is', m.index!);
    return;
  }
  emit(ctx, 'MEMBER_OF', member, target, { role: /正式/u.test(m[3]!) ? 'official observer' : 'observer' }, PROVENANCE.observer);
}

/** "塔尼娅·佩雷斯当选为该网络首任主席", "X出任Y秘书长": positions taken. */
function appointments(ctx: SentenceContext): void {
  const text = ctx.text;
  for (const m of matchesWith(text, ['当选', '出任', '任命', '被选为', '担任'], /(当选为?|出任|被任命为|被选为|担任)([^，。；]{0,30}?)(首任|新任|新一任)?([\p{Script=Han}]{0,6}?)(主席|副主席|秘书长|主任|会长|理事长|总干事|执行主任|首席执行官|总经理|院长|所长)/gu)) {
    const verbAt = m.index!;
    const person = mentionsOf(ctx, ['Person'], 0, verbAt).filter((p) => !/[。；]/u.test(text.slice(p.end, verbAt))).pop();
    if (!person) {
      ctx.skip('appointments', 'no person named before the appointment', verbAt);
      continue;
    }
    const spanStart = verbAt + m[1]!.length;
    const org = mentionsOf(ctx, ORG, spanStart, verbAt + m[0].length)[0];
    if (!org) {
      ctx.skip('appointments', 'no body named for the post', verbAt);
      continue;
    }
    const titleZh = text.slice(org.end, verbAt + m[0].length).replace(/^的/u, '').trim() || m[5]!;
    emit(ctx, 'HOLDS_POSITION', person, org, { title: englishTitle(m[5]!) ?? m[5]!, titleZh, asOf: ctx.dates[0]?.start.slice(0, 4) }, PROVENANCE.appointed);
  }
}

/**
 * Rule `roles-in-bodies`.
 * Reads: X承担Y秘书处职能, Y由X牵头.
 * Emits: MEMBER_OF secretariat or lead.
 * Skips: none.
 */
export const rolesInBodiesRule: ReadingRule = { name: 'roles-in-bodies', read: (ctx) => rolesInBodies(ctx) };

/**
 * Rule `observers`.
 * Reads: X在Y享有观察员地位, X是Y的观察员.
 * Emits: MEMBER_OF observer.
 * Skips: none.
 */
export const observersRule: ReadingRule = { name: 'observers', read: (ctx) => observers(ctx) };

/**
 * Rule `appointments`.
 * Reads: X当选/出任/被任命为Y主席.
 * Emits: HOLDS_POSITION.
 * Skips: none.
 */
export const appointmentsRule: ReadingRule = { name: 'appointments', read: (ctx) => appointments(ctx) };
