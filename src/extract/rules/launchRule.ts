import { PROVENANCE } from '../provenance.js';
import type { ReadingRule } from './ruleKit.js';
import type { ReadEvent } from '../events.js';
import { mentionsOf, type SentenceContext } from '../sentenceContext.js';
import { ORG, emit } from './ruleKit.js';

/** "该网络由智利政府采购局（ChileCompra）和…办事处发起": who founded what the article's launch launched, launched it. */
function founders(ctx: SentenceContext): void {
  const text = ctx.text;
  if (!text.includes('发起') || !text.includes('由') || !ctx.article.event) return;
  const launch = ctx.registry.peek(ctx.article.event);
  if (launch?.kind !== 'launch') return;
  const m = text.match(/^(?:该|此|这个)?[^，。；]{0,30}?由([^，。；]{2,80}?)(?:共同|联合)?发起(?!的)/u);
  if (!m) return;
  const from = m.index! + m[0].indexOf(m[1]!);
  for (const o of mentionsOf(ctx, ORG, from, from + m[1]!.length)) emit(ctx, 'ORGANIZED', o, ctx.article.event, { role: 'launcher' }, PROVENANCE.founders);
}

function launches(ctx: SentenceContext, event: ReadEvent | undefined): void {
  if (!event || event.kind !== 'launch') return;
  // "中环联合英文网站…正式上线": the site's owner runs the launch, and the launch produces the site.
  for (const d of mentionsOf(ctx, ['Document', 'Project'])) {
    if (d.start > ctx.text.search(/上线|启动|启用|发布|挂牌/u) + 4) continue;
    emit(ctx, 'PRODUCED', event.key, d, {}, PROVENANCE.launchProduced);
    const owner = ctx.registry.ownerByName(d.key);
    if (owner) {
      emit(ctx, 'ORGANIZED', owner, event.key, { role: 'organizer' }, PROVENANCE.launchOwner);
      emit(ctx, 'PUBLISHED', owner, d, { date: event.date?.start }, PROVENANCE.launchOwner);
    }
  }
  // "由联合国环境规划署和德国国际合作机构共同支持的…项目启动": who supports, funds or carries out
  // what is launched is named in a clause about it, not as the one launching it.
  const backing = [...ctx.text.matchAll(/由([^，。；]{2,80}?)(?:共同|联合)?(?:支持|资助|赞助|出资|委托|实施|执行|管理|运营)的/gu)].map((b) => [b.index!, b.index! + b[0].length] as const);
  const verbAt = ctx.text.search(/上线|启动|启用|发布|挂牌|宣布/u);
  for (const o of mentionsOf(ctx, ORG).filter((x) => x.start < verbAt)) {
    // "A与B在巴黎联合发布": a body after 与 that launches jointly is a launcher too; else 与 makes it a counterpart.
    const jointly = /^\s*(?:[（(][^（）()]*[）)])?\s*(?:于[^，。；]{1,16}?)?(?:在[^，。；]{1,20}?)?(?:共同|联合|一起|一同)\s*$/u.test(ctx.text.slice(o.end, verbAt));
    if (/由/u.test(ctx.text.slice(Math.max(0, o.start - 1), o.start)) || (/与/u.test(ctx.text.slice(Math.max(0, o.start - 1), o.start)) && !jointly)) continue;
    if (backing.some(([a, b]) => o.start >= a && o.end <= b)) continue;
    // "…发起的“城市循环采购伙伴关系”于6月18日正式启动": the partnership is what was launched.
    const own = ctx.registry.canonicalName(ctx.registry.peek(o.key)!);
    if (event.name.startsWith(own) && /^(?:正式)?(?:启动|发布|上线|挂牌|推出|成立)$/u.test(event.name.slice(own.length))) continue;
    // "…组建了可持续生产和消费之友工作组，启动…": a body just set up or invited is the object of its own verb.
    if (/(?:组建|成立|设立|建立|邀请|委托)了?\s*$/u.test(ctx.text.slice(Math.max(0, o.start - 4), o.start))) continue;
    emit(ctx, 'ORGANIZED', o, event.key, { role: 'organizer' }, PROVENANCE.launchedBy);
  }
}

/**
 * Rule `launches`.
 * Reads: X上线/启动/发布 (a launch event).
 * Emits: PRODUCED, ORGANIZED organizer, PUBLISHED.
 * Skips: none.
 */
export const launchesRule: ReadingRule = { name: 'launches', read: (ctx, r) => launches(ctx, r.event) };

/**
 * Rule `founders`.
 * Reads: 该网络由X发起 after a launch.
 * Emits: ORGANIZED launcher.
 * Skips: none.
 */
export const foundersRule: ReadingRule = { name: 'founders', read: (ctx) => founders(ctx) };
