import type { EntityLabel, FactType } from '../../graph/ontology.js';

// Trigger words, one table per kind of statement: the word, the relationship it states and the
// role it gives. Rules build their patterns from these tables (in table order: where one word
// contains another, the longer comes first, as a pattern's alternatives are tried in order).
// A new verb for an existing reading is a row here, not a change to a rule.

export interface TriggerWord {
  word: string;
  type: FactType;
  role?: string;
}

/** 由X主办 / 由X承办: the verb after the organisers, and their role. */
export const ORGANISED_BY: readonly TriggerWord[] = [
  { word: '联合主办', type: 'ORGANIZED', role: 'co-organizer' },
  { word: '共同主办', type: 'ORGANIZED', role: 'co-organizer' },
  { word: '主办', type: 'ORGANIZED', role: 'host' },
  { word: '承办', type: 'ORGANIZED', role: 'co-organizer' },
  { word: '协办', type: 'ORGANIZED', role: 'co-organizer' },
  { word: '组织召开', type: 'ORGANIZED', role: 'host' },
  { word: '召开', type: 'ORGANIZED', role: 'host' },
  { word: '举办', type: 'ORGANIZED', role: 'host' },
  { word: '主持召开', type: 'ORGANIZED', role: 'host' },
];

/**
 * "由A主办，B和C协办，D提供支持": the clauses after the host's that list more of the event's
 * organisers, each a list of bodies and one of these words, and the role it gives.
 */
export const ALSO_ORGANISED_BY: readonly TriggerWord[] = [
  { word: '联合承办', type: 'ORGANIZED', role: 'co-organizer' },
  { word: '共同承办', type: 'ORGANIZED', role: 'co-organizer' },
  { word: '承办', type: 'ORGANIZED', role: 'co-organizer' },
  { word: '协办', type: 'ORGANIZED', role: 'co-organizer' },
  { word: '提供支持', type: 'ORGANIZED', role: 'sponsor' },
  { word: '提供资助', type: 'ORGANIZED', role: 'sponsor' },
  { word: '赞助', type: 'ORGANIZED', role: 'sponsor' },
  { word: '支持', type: 'ORGANIZED', role: 'sponsor' },
];

/** X召开/举办…: the verb after the organiser, and its role. */
export const ORGANISES: readonly TriggerWord[] = [
  { word: '组织召开', type: 'ORGANIZED', role: 'organizer' },
  { word: '主持召开', type: 'ORGANIZED', role: 'organizer' },
  { word: '召开', type: 'ORGANIZED', role: 'organizer' },
  { word: '举办', type: 'ORGANIZED', role: 'organizer' },
  { word: '举行', type: 'ORGANIZED', role: 'organizer' },
  { word: '联合主办', type: 'ORGANIZED', role: 'co-organizer' },
  { word: '共同主办', type: 'ORGANIZED', role: 'co-organizer' },
  { word: '主办', type: 'ORGANIZED', role: 'organizer' },
  { word: '发起', type: 'ORGANIZED', role: 'organizer' },
  { word: '共同举办', type: 'ORGANIZED', role: 'co-organizer' },
];

/** X签署Y: signing an agreement or standard. */
export const SIGNS: readonly TriggerWord[] = [
  { word: '签署', type: 'SIGNED' },
  { word: '签订', type: 'SIGNED' },
  { word: '签约', type: 'SIGNED' },
  { word: '缔结', type: 'SIGNED' },
];

/**
 * X当选为Y主席, X连任Y秘书长: taking (or keeping) a post in a body. Giving one up (卸任, 辞去, 不再担任)
 * is not here: HOLDS_POSITION has no property to say a position is past.
 */
export const TAKES_POST: readonly TriggerWord[] = [
  { word: '再次当选为', type: 'HOLDS_POSITION' },
  { word: '再次当选', type: 'HOLDS_POSITION' },
  { word: '当选为', type: 'HOLDS_POSITION' },
  { word: '当选', type: 'HOLDS_POSITION' },
  { word: '被推选为', type: 'HOLDS_POSITION' },
  { word: '被选举为', type: 'HOLDS_POSITION' },
  { word: '被选为', type: 'HOLDS_POSITION' },
  { word: '获选为', type: 'HOLDS_POSITION' },
  { word: '连任', type: 'HOLDS_POSITION' },
  { word: '接任', type: 'HOLDS_POSITION' },
  { word: '出任', type: 'HOLDS_POSITION' },
  { word: '被任命为', type: 'HOLDS_POSITION' },
  { word: '担任', type: 'HOLDS_POSITION' },
];

/** X见证了签约, X和Y共同见证: witnessing a signing (在X的见证下 is read with the signing itself). */
export const WITNESSES: readonly TriggerWord[] = [
  { word: '共同见证', type: 'WITNESSED' },
  { word: '一同见证', type: 'WITNESSED' },
  { word: '见证', type: 'WITNESSED' },
];

/** X发布《Y》: issuing a document or standard. */
export const PUBLISHES: readonly TriggerWord[] = [
  { word: '发布', type: 'PUBLISHED' },
  { word: '推出', type: 'PUBLISHED' },
  { word: '制定', type: 'PUBLISHED' },
  { word: '制订', type: 'PUBLISHED' },
  { word: '修订', type: 'PUBLISHED' },
  { word: '编制', type: 'PUBLISHED' },
  { word: '发表', type: 'PUBLISHED' },
  { word: '宣布', type: 'PUBLISHED' },
  { word: '批准', type: 'PUBLISHED' },
  { word: '出版', type: 'PUBLISHED' },
];

/** X成为Y理事/会员/委员: the seat taken in a body. No role: a plain member. */
export const MEMBER_SEATS: readonly TriggerWord[] = [
  { word: '理事成员', type: 'MEMBER_OF', role: 'board member' },
  { word: '理事', type: 'MEMBER_OF', role: 'board member' },
  { word: '执行委员', type: 'MEMBER_OF', role: 'executive committee member' },
  { word: '准会员', type: 'MEMBER_OF', role: 'associate member' },
  { word: '会员', type: 'MEMBER_OF' },
  { word: '成员', type: 'MEMBER_OF' },
  { word: '委员', type: 'MEMBER_OF' },
];

/** Role nouns after a programme's name ("SPP计划实施机构"): how a body takes part in it. */
export const PROGRAMME_ROLES: readonly TriggerWord[] = [
  { word: '指定经营实体', type: 'INVOLVED_IN', role: 'designated operational entity' },
  { word: '经营实体', type: 'INVOLVED_IN', role: 'designated operational entity' },
  { word: '实施机构', type: 'INVOLVED_IN', role: 'implementing agency' },
  { word: '执行机构', type: 'INVOLVED_IN', role: 'implementing agency' },
  { word: '实施单位', type: 'INVOLVED_IN', role: 'implementing agency' },
  { word: '执行单位', type: 'INVOLVED_IN', role: 'implementing agency' },
  { word: '承担单位', type: 'INVOLVED_IN', role: 'implementing agency' },
  { word: '参与单位', type: 'INVOLVED_IN', role: 'member' },
  { word: '成员单位', type: 'INVOLVED_IN', role: 'member' },
  { word: '试点单位', type: 'INVOLVED_IN', role: 'partner' },
  { word: '试点机构', type: 'INVOLVED_IN', role: 'partner' },
  { word: '合作伙伴', type: 'INVOLVED_IN', role: 'partner' },
  { word: '伙伴', type: 'INVOLVED_IN', role: 'partner' },
  { word: '牵头单位', type: 'INVOLVED_IN', role: 'lead' },
  { word: '牵头机构', type: 'INVOLVED_IN', role: 'lead' },
  { word: '领导机构', type: 'INVOLVED_IN', role: 'lead' },
];

/** 由X牵头的Y / 由X发起的Y: the verb between the bodies and the programme or event they lead. */
export const LED_BY: readonly TriggerWord[] = [
  { word: '牵头', type: 'ORGANIZED', role: 'lead' },
  { word: '主导', type: 'ORGANIZED', role: 'lead' },
  { word: '领导', type: 'ORGANIZED', role: 'lead' },
  { word: '发起', type: 'ORGANIZED', role: 'launcher' },
];

/** A verb of the generic clause reading, with the kinds of object it takes that relationship to. */
export interface ClauseVerb extends TriggerWord {
  objects: readonly EntityLabel[];
}

/**
 * Subject list + verb + object list ("A、B和C发布了《X》和《Y》"), and the passive forms 由A发起的Y,
 * Y由A资助. One word may have several rows, one per kind of object: 实施 a project is taking part
 * in it, 实施 a label is running it. Words that name an event's organisers (主办) are here only for
 * the 由…的 forms; 签署 and 参加 belong to the signing and participation readings.
 */
export const CLAUSE_VERBS: readonly ClauseVerb[] = [
  { word: '联合发布', type: 'PUBLISHED', objects: ['Document', 'Standard'] },
  { word: '共同发布', type: 'PUBLISHED', objects: ['Document', 'Standard'] },
  { word: '发布', type: 'PUBLISHED', objects: ['Document', 'Standard'] },
  { word: '发表', type: 'PUBLISHED', objects: ['Document', 'Standard'] },
  { word: '出版', type: 'PUBLISHED', objects: ['Document', 'Standard'] },
  { word: '推出', type: 'PUBLISHED', objects: ['Document', 'Standard'] },
  { word: '推出', type: 'OPERATES', objects: ['EcoLabel', 'Project'] },
  { word: '编写', type: 'CONTRIBUTED_TO', role: 'author', objects: ['Document', 'Standard'] },
  // "A和B经过…合作研究，形成了《Z》报告": the bodies that drew up a report are its authors.
  { word: '形成', type: 'CONTRIBUTED_TO', role: 'author', objects: ['Document'] },
  { word: '完成', type: 'CONTRIBUTED_TO', role: 'author', objects: ['Document'] },
  { word: '撰写', type: 'CONTRIBUTED_TO', role: 'author', objects: ['Document', 'Standard'] },
  { word: '起草', type: 'CONTRIBUTED_TO', role: 'author', objects: ['Document', 'Standard'] },
  { word: '发起', type: 'ORGANIZED', role: 'launcher', objects: ['Project', 'Event'] },
  // A network, alliance or partnership some bodies launch has them as its founding members.
  { word: '发起', type: 'MEMBER_OF', role: 'founding member', objects: ['Organization'] },
  { word: '启动', type: 'ORGANIZED', role: 'launcher', objects: ['Project'] },
  { word: '创立', type: 'ORGANIZED', role: 'launcher', objects: ['Project'] },
  { word: '创立', type: 'OPERATES', objects: ['EcoLabel'] },
  { word: '创建', type: 'ORGANIZED', role: 'launcher', objects: ['Project'] },
  { word: '创建', type: 'OPERATES', objects: ['EcoLabel'] },
  { word: '设立', type: 'ORGANIZED', role: 'launcher', objects: ['Project'] },
  { word: '组建', type: 'ORGANIZED', role: 'launcher', objects: ['Project'] },
  { word: '牵头', type: 'ORGANIZED', role: 'lead', objects: ['Project', 'Event'] },
  { word: '牵头', type: 'CONTRIBUTED_TO', role: 'lead', objects: ['Document', 'Standard'] },
  { word: '领导', type: 'ORGANIZED', role: 'lead', objects: ['Project'] },
  { word: '主导', type: 'ORGANIZED', role: 'lead', objects: ['Project'] },
  { word: '提供经费', type: 'FUNDED', objects: ['Project'] },
  { word: '提供资金', type: 'FUNDED', objects: ['Project'] },
  { word: '提供资助', type: 'FUNDED', objects: ['Project'] },
  { word: '资助', type: 'FUNDED', objects: ['Project'] },
  { word: '出资', type: 'FUNDED', objects: ['Project'] },
  { word: '赞助', type: 'ORGANIZED', role: 'sponsor', objects: ['Event'] },
  { word: '支持', type: 'INVOLVED_IN', role: 'supporter', objects: ['Project'] },
  { word: '支持', type: 'ORGANIZED', role: 'sponsor', objects: ['Event'] },
  { word: '实施', type: 'INVOLVED_IN', role: 'implementing agency', objects: ['Project'] },
  { word: '实施', type: 'OPERATES', objects: ['EcoLabel'] },
  { word: '执行', type: 'INVOLVED_IN', role: 'implementing agency', objects: ['Project'] },
  { word: '开展', type: 'INVOLVED_IN', role: 'implementing agency', objects: ['Project'] },
  { word: '运营', type: 'OPERATES', objects: ['EcoLabel', 'Project'] },
  { word: '管理', type: 'OPERATES', objects: ['EcoLabel', 'Project'] },
  { word: '加入', type: 'MEMBER_OF', objects: ['Organization', 'Project'] },
  { word: '联合主办', type: 'ORGANIZED', role: 'co-organizer', objects: ['Event'] },
  { word: '共同主办', type: 'ORGANIZED', role: 'co-organizer', objects: ['Event'] },
  { word: '主办', type: 'ORGANIZED', role: 'host', objects: ['Event'] },
];

/**
 * "经A评估，B发布《Z》", "经A协调，B启动Y": the body named between 经 and one of these words had a
 * hand in what the next clause's subject did to its object. Its relationship to that object,
 * per kind of object; other kinds of object give it nothing.
 */
export const VIA_VERBS: readonly ClauseVerb[] = [
  { word: '评估', type: 'CONTRIBUTED_TO', role: 'reviewer', objects: ['Document', 'Standard'] },
  { word: '评审', type: 'CONTRIBUTED_TO', role: 'reviewer', objects: ['Document', 'Standard'] },
  { word: '审核', type: 'CONTRIBUTED_TO', role: 'reviewer', objects: ['Document', 'Standard'] },
  { word: '审查', type: 'CONTRIBUTED_TO', role: 'reviewer', objects: ['Document', 'Standard'] },
  { word: '审定', type: 'CONTRIBUTED_TO', role: 'reviewer', objects: ['Document', 'Standard'] },
  { word: '协调', type: 'INVOLVED_IN', role: 'coordinator', objects: ['Project'] },
  { word: '推动', type: 'INVOLVED_IN', role: 'supporter', objects: ['Project'] },
  { word: '支持', type: 'INVOLVED_IN', role: 'supporter', objects: ['Project'] },
];

/** The clause verb's row for an object of `label`, if the word takes such an object. */
export function clauseVerbOf(word: string, label: EntityLabel): ClauseVerb | undefined {
  return CLAUSE_VERBS.find((t) => t.word === word && t.objects.includes(label));
}

/** The table's words as alternatives of a pattern, in table order: "联合主办|共同主办|主办…". */
export function wordsOf(table: readonly TriggerWord[]): string {
  return table.map((t) => t.word).join('|');
}

/** The row for `word`, which a pattern built from the table has matched. */
export function triggerOf(table: readonly TriggerWord[], word: string): TriggerWord | undefined {
  return table.find((t) => t.word === word);
}
