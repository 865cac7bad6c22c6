// Position titles with their English, one table. The order is the order the detectors try
// them in (discover.ts indexes them by first and last character in this order); matchers that
// need the longest first sort a copy. Every title has its English, which goes to HOLDS_POSITION.title; the Chinese
// form is kept verbatim in titleZh.

/** [Chinese title, English title]. */
export const TITLE_TABLE: readonly (readonly [string, string])[] = [
  ['党委书记', 'Party Secretary'],
  ['执行秘书长', 'Executive Secretary General'],
  ['助理秘书长', 'Assistant Secretary General'],
  ['副秘书长', 'Deputy Secretary General'],
  ['秘书长', 'Secretary General'],
  ['名誉理事长', 'Honorary Chair'],
  ['副理事长', 'Vice Chair of the Board'],
  ['理事长', 'Chair of the Board'],
  ['名誉会长', 'Honorary President'],
  ['执行会长', 'Executive President'],
  ['副会长', 'Vice President'],
  ['会长', 'President'],
  ['首席执行官', 'Chief Executive Officer'],
  ['首席代表', 'Chief Representative'],
  ['首席顾问', 'Chief Adviser'],
  ['首席科学家', 'Chief Scientist'],
  ['首席', 'Chief'],
  ['执行主任', 'Executive Director'],
  ['代理主任', 'Acting Director'],
  ['副主任', 'Deputy Director'],
  ['主任委员', 'Chair'],
  ['主任助理', 'Assistant Director'],
  ['主任', 'Director'],
  ['副总经理', 'Deputy General Manager'],
  ['总经理', 'General Manager'],
  ['销售经理', 'Sales Manager'],
  ['项目经理', 'Project Manager'],
  ['经理', 'Manager'],
  ['全球副总裁', 'Global Vice President'],
  ['副总裁', 'Vice President'],
  ['总裁', 'President'],
  ['副董事长', 'Vice Chair of the Board'],
  ['董事长', 'Chair'],
  ['董事', 'Board Director'],
  ['副部长', 'Vice Minister'],
  // Taiwan's ministries: 政务次长 and 常务次长 under the minister.
  ['政务次长', 'Political Deputy Minister'],
  ['常务次长', 'Administrative Deputy Minister'],
  ['次长', 'Deputy Minister'],
  ['部长', 'Minister'],
  ['副司长', 'Deputy Director-General'],
  ['代理司长', 'Acting Director-General'],
  ['司长', 'Director-General'],
  ['副局长', 'Deputy Director-General'],
  ['局长', 'Director-General'],
  // A province's departments (广东省生态环境厅厅长) and a section's head (科长, Japan's 课长).
  ['副厅长', 'Deputy Director-General'],
  ['厅长', 'Director-General'],
  ['副科长', 'Deputy Section Chief'],
  ['科长', 'Section Chief'],
  ['课长', 'Section Chief'],
  ['副处长', 'Deputy Division Director'],
  ['处长', 'Division Director'],
  ['副所长', 'Deputy Director'],
  ['所长', 'Director'],
  ['副院长', 'Vice President'],
  ['院长', 'President'],
  ['联合主席', 'Co-Chair'],
  ['共同主席', 'Co-Chair'],
  ['副主席', 'Vice Chair'],
  ['主席', 'Chair'],
  ['总干事', 'Director General'],
  ['副总干事', 'Deputy Director General'],
  ['总工程师', 'Chief Engineer'],
  ['总监', 'Director'],
  ['书记', 'Party Secretary'],
  ['党委常委', 'Member of the Party Standing Committee'],
  ['常委', 'Standing Committee Member'],
  ['执行委员', 'Executive Committee Member'],
  ['理事成员', 'Board Member'],
  ['理事', 'Board Member'],
  ['委员', 'Member'],
  ['联合组长', 'Co-Leader'],
  ['副组长', 'Deputy Leader'],
  ['组长', 'Leader'],
  ['首代', 'Chief Representative'],
  ['执行助理', 'Executive Assistant'],
  ['助理', 'Assistant'],
  ['专员', 'Commissioner'],
  ['院士', 'Academician'],
  ['研究员', 'Research Fellow'],
  ['教授', 'Professor'],
  ['博士', 'Doctor'],
  // Hong Kong's honour after a name (徐浩光博士太平绅士): Justice of the Peace.
  ['太平绅士', 'Justice of the Peace'],
  ['官员', 'Officer'],
  ['主管', 'Head'],
  ['负责人', 'Head'],
  ['特别代表', 'Special Representative'],
  ['驻华代表', 'Representative in China'],
  ['大使', 'Ambassador'],
  ['参赞', 'Counsellor'],
  ['召集人', 'Convenor'],
  ['协调人', 'Coordinator'],
  ['一等秘书', 'First Secretary'],
  ['二等秘书', 'Second Secretary'],
  ['三等秘书', 'Third Secretary'],
  ['常务秘书', 'Permanent Secretary'],
  ['国务秘书', 'Secretary of State'],
  ['市长', 'Mayor'],
  ['州长', 'Governor'],
  ['副总督', 'Deputy Governor'],
  ['总督', 'Governor-General'],
  ['前州长', 'Former Governor'],
  ['总统', 'President'],
  ['总理', 'Premier'],
  ['副总理', 'Vice Premier'],
  ['首相', 'Prime Minister'],
  ['执行秘书', 'Executive Secretary'],
  ['协调员', 'Coordinator'],
  ['顾问', 'Adviser'],
  ['高级工程师', 'Senior Engineer'],
  ['工程师', 'Engineer'],
  ['项目官员', 'Programme Officer'],
  ['项目干事', 'Programme Officer'],
  ['干事', 'Officer'],
  ['董事总经理', 'Managing Director'],
  ['执行董事', 'Executive Director'],
  ['采购专家', 'Procurement Specialist'],
  ['副署长', 'Deputy Administrator'],
  ['署长', 'Administrator'],
  ['副总领事', 'Deputy Consul General'],
  ['总领事', 'Consul General'],
  ['领事', 'Consul'],
  ['公使', 'Minister Counsellor'],
  ['高级讲师', 'Senior Lecturer'],
  ['讲师', 'Lecturer'],
  ['监事长', 'Chair of the Supervisory Board'],
  ['常务理事', 'Executive Board Member'],
  ['司库', 'Treasurer'],
];

/**
 * Posts a body fills by election or appointment (X当选为Y主席, X连任Y秘书长): the titles the
 * appointments rule reads after its verb. Not 委员 and the like, which open body names (委员会).
 */
export const ELECTED_POSTS: readonly string[] = [
  '联合主席', '共同主席', '副主席', '主席', '执行秘书长', '副秘书长', '秘书长', '执行秘书', '司库',
  '副理事长', '理事长', '常务理事', '理事', '副会长', '会长', '执行主任', '副主任', '主任', '副总干事', '总干事',
  '首席执行官', '总经理', '副院长', '院长', '所长', '副董事长', '董事长', '董事', '协调人', '协调员', '召集人', '负责人',
];

/** The Chinese titles, in table order. */
export const TITLES: readonly string[] = TITLE_TABLE.map(([zh]) => zh);

/** Titles that commonly follow a surname as a short form of address (周书记, 张总, 陈处长). */
export const SHORT_TITLES = ['书记', '主任', '总', '处长', '部长', '司长', '局长', '所长', '助理', '秘书长', '会长', '主席', '院长', '总经理', '副司长', '副部长', '组长'] as const;

const TITLE_EN = new Map(TITLE_TABLE);

/** The table's titles, longest first, so 副主任 is found before 主任. */
const TITLES_LONGEST_FIRST = [...TITLES].sort((a, b) => b.length - a.length);

/** The English title for a Chinese title phrase such as 国际处处长 or 原副主任, by its base title. */
export function englishTitle(titleZh: string): string | undefined {
  const base = TITLES_LONGEST_FIRST.find((k) => titleZh.endsWith(k));
  if (!base) return undefined;
  const prefix = titleZh.startsWith('原') || titleZh.startsWith('前') ? 'Former ' : '';
  return prefix + TITLE_EN.get(base)!;
}

/**
 * Endings that make a word a position title even when the table above lacks it (采购总监,
 * 可持续发展官, 项目协调人): discovery recognises titles by these, so a person named with a
 * title nobody listed is still found, and the title word alone is never taken for a person.
 */
export const TITLE_ENDINGS: readonly string[] = [
  '主任', '总监', '经理', '干事', '专员', '顾问', '官员', '主管', '秘书', '董事', '理事', '主席', '总裁', '工程师', '研究员', '协调员', '协调人',
  '分析师', '规划师', '设计师', '专家', '教授', '律师', '代表', '大使', '参赞', '首代', '负责人', '执行官', '会长', '院士', '助理', '委员', '官',
  '领事', '讲师', '署长',
];

/** 长 ends a title when a unit stands before it (部长, 处长, 院长, 董事长, 校长, 市长, 组长, 行长, 社长): these are the units. */
export const TITLE_UNIT_CHARS = '部司局处所院会校市省县镇组科课行社团队站馆室厅署委事厂区州';
