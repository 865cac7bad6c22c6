import { PROVENANCE } from '../provenance.js';
import { matchesWith } from '../matchesWith.js';
import { type Mention, type SentenceContext } from '../sentenceContext.js';
import { ACTORS, coordinated, emit, type ReadingRule } from './ruleKit.js';

// Who makes up a group: "工作组由A牵头，B、C，D共同组成", "专家委员会由A、B和C组成", "工作组由A和B
//共同牵头，C和D担任技术伙伴". The list may be cut by commas ("B、C，D"), which a coordinated list
// does not cross, so the members are every body between 由 and 组成 when nothing but list marks,
// a lead verb and words for unnamed members (独立顾问) stand between them.
// The group is a body the text names right before 由, or a bare group word (工作组, 该委员会) for
// the one group of that kind the sentence before named ("宣布成立X工作组。工作组由…"): its
// members are MEMBER_OF it, the lead with role lead. A bare group word with no such group
// ("Y计划组建项目工作组。工作组由…组成") is the working body of the one programme named just
// before it: its members take part in that programme, the lead as its lead; a 项目工作组 formed
// before, of the project (a name ending in 项目) the article named last. Else, nothing.

const COMPOSED = /由([^。；]{2,160}?)(?:共同|联合)?组成/gu;
const LED = /由([^，。；]{2,80}?)(?:共同|联合)?(?:牵头|领导|主导)/gu;
/** "，C和D担任技术伙伴": further members named with the seat they take. */
const SEATED = /[，,]\s*([^，。；]{2,80}?)(?:分别)?(?:担任|为|作为)(?:[^，。；]{0,6}?)(?:伙伴|成员|顾问|秘书处|观察员|协调人|协调单位)(?=[，。；]|$)/gu;
/** What may stand between the members besides their names. */
const GLUE = /^(?:[、，,和与及]|以及|牵头|领导|主导|负责|共同|联合|等|独立顾问|独立专家|咨询顾问|专家|顾问|学者|代表|[（(][^（）()]*[）)])*$/u;
/** A bare group word at the head of the clause, and the word a named group of that kind ends in. */
const UNNAMED = /^(?:该|本|此|项目)?(工作组|工作小组|小组|专家组|项目组|委员会|指导委员会|协调小组)$/u;
/** The verb that marks the group's lead: "由A牵头，". */
const LEAD = /^\s*(?:[（(][^（）()]*[）)])?\s*(?:共同|联合)?(?:牵头|领导|主导)/u;

type Group = { body: string } | { programme: string };

function groupAt(ctx: SentenceContext, at: number): Group | undefined {
  const text = ctx.text;
  const head = text.slice(0, at);
  const clauseStart = Math.max(head.lastIndexOf('，'), head.lastIndexOf('。'), head.lastIndexOf('；')) + 1;
  const named = ctx.mentions.find((x) => x.start >= clauseStart && x.end <= at && x.label === 'Organization' && /^\s*(?:[（(][^（）()]*[）)])?\s*(?:主要|将|已)?$/u.test(text.slice(x.end, at)));
  if (named) return { body: named.key };
  const bare = text.slice(clauseStart, at).trim().match(UNNAMED);
  if (!bare) return undefined;
  // The one group of that kind the sentence before named.
  const groups = (ctx.article.previousNamed?.Organization ?? []).filter((key) => ctx.registry.canonicalName(ctx.registry.peek(key)!).endsWith(bare[1]!));
  if (groups.length === 1) return { body: groups[0]! };
  // "Y计划组建项目工作组。工作组由…": a 项目工作组 works for the project (a name ending in 项目) the
  // article named last, whichever programme formed it.
  const formed = new RegExp(`项目${bare[1]!}`, 'u');
  const inSentence = formed.exec(text.slice(0, clauseStart));
  if ((inSentence || formed.test(ctx.article.previousText ?? '')) && ctx.article.lastProject) {
    const sentenceProject = [...ctx.mentions].reverse().find((x) => x.label === 'Project' && x.end <= clauseStart && ctx.registry.canonicalName(ctx.registry.peek(x.key)!).endsWith('项目'));
    return { programme: sentenceProject?.key ?? ctx.article.lastProject };
  }
  // The programme named before the group in this sentence, else the one the sentence before named (not the article's: a
  // group is formed for what was just spoken of).
  const here = [...new Set(ctx.mentions.filter((x) => x.label === 'Project' && x.end <= clauseStart).map((x) => x.key))];
  const before = ctx.article.previousNamed?.Project ?? [];
  const programme = here.length === 1 ? here[0] : here.length === 0 && before.length === 1 ? before[0] : undefined;
  return programme ? { programme } : undefined;
}

function join(ctx: SentenceContext, group: Group, member: Mention, lead: boolean): void {
  if ('body' in group) {
    if (member.key !== group.body) emit(ctx, 'MEMBER_OF', member, group.body, lead ? { role: 'lead' } : {}, PROVENANCE.groupMember);
  } else emit(ctx, 'INVOLVED_IN', member, group.programme, { role: lead ? 'lead' : 'member' }, PROVENANCE.groupMember);
}

/** The bodies between `from` and `to` when nothing but GLUE stands between them. */
function listBetween(ctx: SentenceContext, from: number, to: number): Mention[] {
  const members = ctx.mentions.filter((x) => ACTORS.includes(x.label) && x.start >= from && x.end <= to);
  let rest = ctx.text.slice(from, to);
  for (const x of [...members].reverse()) rest = rest.slice(0, x.start - from) + rest.slice(x.end - from);
  return members.length > 0 && GLUE.test(rest.replace(/\s+/gu, '')) ? members : [];
}

function groupMembers(ctx: SentenceContext): void {
  const text = ctx.text;
  if (!text.includes('由')) return;
  const read = new Set<number>();
  for (const m of matchesWith(text, '组成', COMPOSED)) {
    const at = m.index!;
    const members = listBetween(ctx, at + 1, at + 1 + m[1]!.length);
    if (members.length === 0) continue;
    const group = groupAt(ctx, at);
    if (!group) {
      ctx.skip('group-members', 'no group named or implied before 由…组成', at);
      continue;
    }
    read.add(at);
    for (const x of members) join(ctx, group, x, members.indexOf(x) === 0 && LEAD.test(text.slice(x.end)));
  }
  // "工作组由A和B共同牵头，C和D担任技术伙伴": a named group's leads and the members seated after them.
  for (const m of matchesWith(text, ['牵头', '领导', '主导'], LED)) {
    const at = m.index!;
    if (read.has(at)) continue;
    const group = groupAt(ctx, at);
    if (!group || !('body' in group)) continue;
    const leads = listBetween(ctx, at + 1, at + 1 + m[1]!.length);
    for (const x of leads) join(ctx, group, x, true);
    if (leads.length === 0) continue;
    for (const s of text.slice(at + m[0].length).matchAll(SEATED)) {
      const from = at + m[0].length + s.index! + s[0].indexOf(s[1]!);
      const seated = ctx.mentions.filter((x) => ACTORS.includes(x.label) && x.start >= from && x.end <= from + s[1]!.length);
      const last = seated[seated.length - 1];
      if (!last) continue;
      const list = coordinated(ctx, last, ACTORS).filter((x) => x.start >= from);
      if (list.length > 0 && /^\s*$/u.test(text.slice(from, list[0]!.start))) for (const x of list) join(ctx, group, x, false);
    }
  }
}

/**
 * Rule `group-members`.
 * Reads: X由A牵头，B、C，D共同组成; X由A和B共同牵头，C和D担任技术伙伴 (X a named body, or a bare
 *   工作组 for the group or programme the sentence before named).
 * Emits: MEMBER_OF X (role lead for its leads); or INVOLVED_IN that programme, role lead or member.
 * Skips: a composition with no group named or implied.
 */
export const groupMembersRule: ReadingRule = { name: 'group-members', read: (ctx) => groupMembers(ctx) };
