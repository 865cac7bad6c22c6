import type { EntityLabel } from '../graph/ontology.js';
import type { DateMention } from './dates.js';
import type { FactDraft } from './facts.js';
import type { EntityRegistry } from './registry.js';

// What a rule sees of one sentence: its text, the entities mentioned in it (offsets relative to
// the sentence), its dates, and the state of the article so far (the event being reported,
// people's affiliations), plus the means to emit facts and record what it could not read.

export interface Mention {
  start: number;
  end: number;
  key: string;
  label: EntityLabel;
  text: string;
  /** A name read inside a longer one ("联合国发展账户" in "联合国发展账户（UNDA）塞内加尔项目"): the longer one's key. */
  within?: string;
}

/** State carried from sentence to sentence within one article. */
export interface ArticleState {
  /** The event the article is reporting, once one has been read. */
  event?: string;
  /** The project or document the article is about (for 该项目, 该指南, 本项目). */
  topic?: Partial<Record<'Project' | 'Document' | 'Standard' | 'Agreement', string>>;
  /** Entities signed in the article, for witnesses and produced-by links. */
  signed: string[];
  /** Entities the article has named in full, whose short forms (环境署, 中环) may then stand alone. */
  named: Set<string>;
  /** People who travelled with the article's delegation, with their roles, for "代表团参加了…". */
  delegation: Map<string, string>;
  /** The body a list's heading names ("2017年中环联合参与的主要工作："), for its subjectless items; a line of prose ends it. */
  listSubject?: string;
  /** The event a scene-setting fragment ("在…博览会上。") placed the next sentence at. */
  frame?: string;
  /** The signing and the launch read last in the article, for a ceremony named by its kind alone (签署仪式, 启动会). */
  ceremonies?: Partial<Record<'signing' | 'launch', string>>;
  /** The event read last in the article (a sub-event's parent: "会议期间" is the meeting just reported). */
  recentEvent?: string;
  /** People and bodies the sentence before named: who "双方分别在协议上签字" means after "A的代表甲和B的代表乙出席。". */
  previousActors?: string[];
  /** The project (a name ending in 项目) named last in the article: whose 项目工作组 a later 工作组 is. */
  lastProject?: string;
  /** The text of the sentence before, when it named anything. */
  previousText?: string;
  /** Programmes, documents and bodies the sentence before named, by kind: what a bare 项目 or 工作组 in this one may mean. */
  previousNamed?: Partial<Record<EntityLabel, string[]>>;
  /** Organisations named where the article's event was read: the two sides of "双方". */
  parties?: string[];
  /**
   * The body of the last post the article named a body for ("X当选为GEN副主席"): a run of elections
   * names it once, and the posts after it with no body of their own ("Y连任司库。Z当选为理事。") are there.
   */
  lastElected?: string;
  /** The last organisation named, by its closing word (中心, 协会...), for "该中心", "该协会". */
  lastOrgBySuffix: Map<string, string>;
  /** A date a sentence gave without an event ("阿布扎比，2020年2月10日报道"), for the next sentence. */
  pendingDate?: import('./dates.js').DateMention;
}

export interface BriefingState {
  /** Person key -> organisation key, from "ORG + title + NAME" readings (the first one read). */
  affiliation: Map<string, string>;
  /** Person key -> every organisation read for them (a unit and the body it belongs to). */
  affiliations: Map<string, Set<string>>;
  /** Label or programme key -> the body the text says runs it ("泰国绿色标签计划由泰国环境研究所负责管理"), for a label named as a signing party. */
  operators: Map<string, string>;
  /** Gatherings named with their edition (第十六届…圆桌会议), by event key, for a later "圆桌会议理事会". */
  gatherings?: Set<string>;
  /** Persons mentioned in the briefing, by surname, for short forms such as 周书记. */
  personsBySurname: Map<string, Set<string>>;
  /** Persons named by a transliteration (玛丽安·费舍尔), by its last part, for 费舍尔女士 later on. */
  personsByFamilyName?: Map<string, Set<string>>;
  /** The publisher's entity key, for 我中心 / 本中心. */
  publisher?: string;
  year?: number;
  /** A multi-day gathering an earlier article reported, while later articles report only events inside its days (spanParent). */
  spanEvent?: string;
}

export interface SentenceContext {
  text: string;
  /** Offset of the sentence in the briefing's normalised text. */
  offset: number;
  articleId: string;
  articleTitle: string;
  /** True for the article's heading line. */
  isTitle: boolean;
  mentions: Mention[];
  dates: DateMention[];
  registry: EntityRegistry;
  article: ArticleState;
  briefing: BriefingState;
  emit(fact: Omit<FactDraft, 'articleId' | 'evidence'>): void;
  /** Records that this sentence reports an entity not found by name (an event): a MENTIONS link. */
  mention(key: string): void;
  /** Records that `rule` saw its trigger at `at` (offset in the sentence) but could not read the parties. */
  skip(rule: string, reason: string, at?: number): void;
}

export function labelOf(ctx: SentenceContext, key: string): EntityLabel | undefined {
  return ctx.registry.peek(key)?.label;
}

/** Mentions of the given labels, optionally within [from, to). */
export function mentionsOf(ctx: SentenceContext, labels: readonly EntityLabel[], from = 0, to = Infinity): Mention[] {
  return ctx.mentions.filter((m) => labels.includes(m.label) && m.start >= from && m.end <= to);
}

/** A list item's opening mark: "- ⇒ 提供…", "1、…", "2) …". */
export const LIST_ITEM = /^\s*(?:[-–—•⇒*·]+|\d+\s*[、.．)）])/u;

/** Code units that end a clause: ，；。：！？,; */
const CLAUSE_MARKS = new Uint8Array(0x10000);
for (const mark of '，；。：！？,;') CLAUSE_MARKS[mark.charCodeAt(0)] = 1;

/** The clause around `index`: bounded by ，；。：！？,; and the sentence ends. */
export function clauseAround(text: string, index: number): { start: number; end: number } {
  let start = index;
  while (start > 0 && CLAUSE_MARKS[text.charCodeAt(start - 1)] === 0) start--;
  let end = index;
  while (end < text.length && CLAUSE_MARKS[text.charCodeAt(end)] === 0) end++;
  return { start, end };
}
