import { PROVENANCE } from '../provenance.js';
import type { ReadingRule } from './ruleKit.js';
import { mentionsOf, type Mention, type SentenceContext } from '../sentenceContext.js';
import { ORG, emit } from './ruleKit.js';
import { charCount } from '../charCount.js';
import { isUmbrellaBody } from '../umbrellaBody.js';

/**
 * "为联合国环境规划署-世界自然保护联盟新项目提供…，这个项目的名称是“…”": bodies named right before an
 * unnamed 项目 lead it, and the name given later in the sentence is that project's.
 */
function projectOwners(ctx: SentenceContext): void {
  const text = ctx.text;
  if (!text.includes('项目') || (!text.includes('名') && !text.includes('称') && !text.includes('叫做'))) return;
  const naming = text.match(/(?:的)?(?:名称是|名为|称为|叫做)\s*[“"《]?/u);
  if (!naming) return;
  const project = mentionsOf(ctx, ['Project'], naming.index!).find((p) => p.start - (naming.index! + naming[0].length) <= 1);
  if (!project) return;
  for (const w of text.slice(0, naming.index!).matchAll(/(?:的)?(?:新|该|这个)?项目/gu)) {
    if (ctx.mentions.some((m) => m.start <= w.index! && w.index! < m.end)) continue;
    const owners: Mention[] = [];
    let at = w.index!;
    for (const o of [...mentionsOf(ctx, ORG, 0, w.index!)].reverse()) {
      if (!/^[\s\-–—、和与及]*$/u.test(text.slice(o.end, at))) break;
      owners.unshift(o);
      at = o.start;
    }
    for (const o of owners) emit(ctx, 'ORGANIZED', o, project, { role: 'lead' }, PROVENANCE.projectOf);
    if (owners.length) return;
  }
}

/** "国合会绿色转型…专题政策研究", "同一个地球网络可持续采购计划塑料指南": a body named at the head of a programme's or document's name runs or issues it. */
function ownersByName(ctx: SentenceContext): void {
  for (const m of ctx.mentions) {
    if (m.label !== 'Project' && m.label !== 'Document') continue;
    // The name as written here ("“同一个地球网络”可持续公共采购计划") or as the graph knows it.
    const inText =
      ctx.mentions.find((o) => o.label === 'Organization' && o.start >= m.start - 1 && o.start <= m.start + 1 && o.end < m.end) ??
      // "“同一个地球网络”可持续公共采购计划": the owner stands right before the programme's name.
      // "北欧部长委员会（The Nordic Council of Ministers）的“通过公共采购促进绿色增长项目”": X's programme.
      (m.label === 'Project' ? ctx.mentions.find((o) => o.label === 'Organization' && o.end <= m.start && /^(?:\s*[（(][^（）()]*[）)])?\s*的?[\s“”"]*$/u.test(ctx.text.slice(o.end, m.start))) : undefined);
    // A two-character short form at the head of a programme's name is mostly a region or an
    // adjective ("东盟绿色标签互认研究", "中欧…"), not the body that runs it.
    const owner = inText && charCount(inText.text) >= 3 ? inText.key : inText ? undefined : m.label === 'Project' ? ctx.registry.namedAtHead(m.key, 'Organization', 3, m.label) : ctx.registry.ownerByName(m.key, m.label);
    if (!owner) continue;
    if (m.label === 'Project') {
      // "联合国发展账户", "联合国绿色经济行动伙伴关系": a family of bodies at the head names none that runs it.
      if (isUmbrellaBody(ctx.registry.gazetteer, ctx.registry.peek(owner)?.gazetteer)) continue;
      // A programme named after its owner is run and led by it.
      emit(ctx, 'OPERATES', owner, m, {}, PROVENANCE.ownerInName);
      emit(ctx, 'ORGANIZED', owner, m, { role: 'lead' }, PROVENANCE.ownerInName);
    } else emit(ctx, 'PUBLISHED', owner, m, {}, PROVENANCE.ownerInName);
  }
}

/**
 * Rule `owners-by-name`.
 * Reads: a body at the head of a programme's or document's name.
 * Emits: OPERATES and ORGANIZED lead, or PUBLISHED.
 * Skips: none.
 */
export const ownersByNameRule: ReadingRule = { name: 'owners-by-name', read: (ctx) => ownersByName(ctx) };

/**
 * Rule `project-owners`.
 * Reads: X的新项目…名称是“Y”.
 * Emits: ORGANIZED lead.
 * Skips: none.
 */
export const projectOwnersRule: ReadingRule = { name: 'project-owners', read: (ctx) => projectOwners(ctx) };
