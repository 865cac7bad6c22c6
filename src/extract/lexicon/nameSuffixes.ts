import type { EntityLabel } from '../../graph/ontology.js';
import { EVENT_WORDS } from './eventKinds.js';

// Name endings, one table: what a phrase ending in each word denotes (an organisation, an
// event, a document, a label, a programme), with its kind. Discovery takes names by these
// endings, signing classifies what is signed by them, and the organisation endings marked
// `anaphor` are the ones 该X / 此X refers back with (该中心, 该协会).

export interface SuffixRule {
  suffix: string;
  label: EntityLabel;
  kind?: string;
  /** An organisation ending that 该/此 refer back with (该中心: the centre the article named last). */
  anaphor?: true;
}

/** Name endings that tell what a phrase denotes. Longest suffixes first. */
export const SUFFIX_RULES: SuffixRule[] = [
  // Standards and agreements first: "共同标准" must not read as an organisation.
  { suffix: '共同标准', label: 'Standard', kind: 'joint_standard' },
  { suffix: '通用标准', label: 'Standard', kind: 'joint_standard' },
  { suffix: '国家标准', label: 'Standard', kind: 'national_standard' },
  { suffix: '标准', label: 'Standard', kind: 'standard' },
  { suffix: '谅解备忘录', label: 'Agreement', kind: 'mou' },
  { suffix: '备忘录', label: 'Agreement', kind: 'mou' },
  { suffix: '合作意向书', label: 'Agreement', kind: 'letter_of_intent' },
  { suffix: '意向书', label: 'Agreement', kind: 'letter_of_intent' },
  { suffix: '互认协议', label: 'Agreement', kind: 'mutual_recognition' },
  { suffix: '合作协议', label: 'Agreement', kind: 'cooperation' },
  { suffix: '协议', label: 'Agreement', kind: 'agreement' },
  { suffix: '协定', label: 'Agreement', kind: 'agreement' },
  { suffix: '公约', label: 'Agreement', kind: 'convention' },
  // Events: the table of event words.
  ...EVENT_WORDS.filter((e) => e.nameEnding).map((e): SuffixRule => ({ suffix: e.word, label: 'Event', kind: e.kind })),
  // Documents.
  { suffix: '指南', label: 'Document', kind: 'guide' },
  { suffix: '报告', label: 'Document', kind: 'report' },
  { suffix: '宪章', label: 'Document', kind: 'charter' },
  { suffix: '宣言', label: 'Document', kind: 'declaration' },
  { suffix: '声明', label: 'Document', kind: 'declaration' },
  { suffix: '指令', label: 'Document', kind: 'directive' },
  { suffix: '准则', label: 'Document', kind: 'code' },
  { suffix: '公报', label: 'Document', kind: 'communique' },
  { suffix: '汇编', label: 'Document', kind: 'compilation' },
  { suffix: '评述', label: 'Document', kind: 'report' },
  { suffix: '手册', label: 'Document', kind: 'guide' },
  { suffix: '白皮书', label: 'Document', kind: 'report' },
  { suffix: '承诺书', label: 'Document', kind: 'declaration' },
  { suffix: '决议', label: 'Document', kind: 'resolution' },
  { suffix: '案例', label: 'Document', kind: 'case_study' },
  { suffix: '网站', label: 'Document', kind: 'website' },
  { suffix: '论文', label: 'Document', kind: 'paper' },
  { suffix: '规划', label: 'Document', kind: 'plan' },
  // Eco-labels.
  { suffix: '环境标志', label: 'EcoLabel', kind: 'ecolabel' },
  { suffix: '环保标志', label: 'EcoLabel', kind: 'ecolabel' },
  { suffix: '生态标签', label: 'EcoLabel', kind: 'ecolabel' },
  { suffix: '绿色标签', label: 'EcoLabel', kind: 'ecolabel' },
  { suffix: '标志计划', label: 'EcoLabel', kind: 'ecolabel' },
  { suffix: '标签计划', label: 'EcoLabel', kind: 'ecolabel' },
  { suffix: '质量认证', label: 'EcoLabel', kind: 'certification' },
  { suffix: '环保认证', label: 'EcoLabel', kind: 'certification' },
  { suffix: '标志认证', label: 'EcoLabel', kind: 'certification' },
  // Taiwan calls an eco-label 标章 (环保标章, 绿建材标章); energy labels are 能效标识 / 节能标识.
  { suffix: '环保标章', label: 'EcoLabel', kind: 'ecolabel' },
  { suffix: '绿色标章', label: 'EcoLabel', kind: 'ecolabel' },
  { suffix: '标章', label: 'EcoLabel', kind: 'ecolabel' },
  { suffix: '能效标识', label: 'EcoLabel', kind: 'energy_label' },
  { suffix: '节能标识', label: 'EcoLabel', kind: 'energy_label' },
  { suffix: '环境标识', label: 'EcoLabel', kind: 'ecolabel' },
  { suffix: '环保标识', label: 'EcoLabel', kind: 'ecolabel' },
  { suffix: '产品认证', label: 'EcoLabel', kind: 'certification' },
  // Projects and programmes.
  { suffix: '项目', label: 'Project', kind: 'project' },
  { suffix: '计划', label: 'Project', kind: 'programme' },
  { suffix: '方案框架', label: 'Project', kind: 'programme' },
  { suffix: '框架', label: 'Project', kind: 'programme' },
  { suffix: '倡议', label: 'Project', kind: 'initiative' },
  { suffix: '行动', label: 'Project', kind: 'initiative' },
  { suffix: '运动', label: 'Project', kind: 'campaign' },
  { suffix: '基金', label: 'Project', kind: 'fund' },
  { suffix: '平台', label: 'Project', kind: 'platform' },
  { suffix: '系统', label: 'Project', kind: 'platform' },
  { suffix: '一揽子计划', label: 'Project', kind: 'programme' },
  { suffix: '专题政策研究', label: 'Project', kind: 'study' },
  { suffix: '专题研究', label: 'Project', kind: 'study' },
  // Organisations.
  { suffix: '委员会', label: 'Organization', kind: 'committee', anaphor: true },
  { suffix: '标委会', label: 'Organization', kind: 'committee' },
  { suffix: '理事会', label: 'Organization', kind: 'council', anaphor: true },
  { suffix: '基金会', label: 'Organization', kind: 'foundation', anaphor: true },
  { suffix: '协会', label: 'Organization', kind: 'association', anaphor: true },
  { suffix: '学会', label: 'Organization', kind: 'association' },
  { suffix: '促进会', label: 'Organization', kind: 'association' },
  // Hong Kong's and Taiwan's: 香港环保协进会, 中华民国环境保护协进会.
  { suffix: '协进会', label: 'Organization', kind: 'association' },
  { suffix: '研究会', label: 'Organization', kind: 'association' },
  { suffix: '联合会', label: 'Organization', kind: 'association' },
  // Trade guilds (餐饮业公会, 印刷业公会), as Hong Kong and Taiwan name them.
  { suffix: '公会', label: 'Organization', kind: 'association' },
  { suffix: '研究所', label: 'Organization', kind: 'research_institute', anaphor: true },
  { suffix: '研究院', label: 'Organization', kind: 'research_institute', anaphor: true },
  { suffix: '研究中心', label: 'Organization', kind: 'research_institute' },
  { suffix: '科学院', label: 'Organization', kind: 'research_institute' },
  { suffix: '社科院', label: 'Organization', kind: 'research_institute' },
  { suffix: '智库', label: 'Organization', kind: 'research_institute' },
  { suffix: '大学', label: 'Organization', kind: 'university', anaphor: true },
  { suffix: '学院', label: 'Organization', kind: 'university' },
  { suffix: '医院', label: 'Organization', kind: 'hospital' },
  { suffix: '有限公司', label: 'Organization', kind: 'company' },
  { suffix: '公司', label: 'Organization', kind: 'company', anaphor: true },
  { suffix: '集团', label: 'Organization', kind: 'company', anaphor: true },
  { suffix: '银行', label: 'Organization', kind: 'bank' },
  { suffix: '联盟', label: 'Organization', kind: 'alliance', anaphor: true },
  { suffix: '网络', label: 'Organization', kind: 'network', anaphor: true },
  { suffix: '秘书处', label: 'Organization', kind: 'secretariat' },
  { suffix: '代表处', label: 'Organization', kind: 'office' },
  { suffix: '办公室', label: 'Organization', kind: 'office' },
  { suffix: '工作组', label: 'Organization', kind: 'working_group' },
  { suffix: '小组', label: 'Organization', kind: 'working_group' },
  { suffix: '伙伴关系', label: 'Organization', kind: 'partnership' },
  { suffix: '同盟', label: 'Organization', kind: 'alliance' },
  { suffix: '共同体', label: 'Organization', kind: 'intergovernmental' },
  { suffix: '观察', label: 'Organization', kind: 'organization' },
  { suffix: '课题组', label: 'Organization', kind: 'working_group' },
  { suffix: '使馆', label: 'Organization', kind: 'embassy' },
  { suffix: '领事馆', label: 'Organization', kind: 'embassy' },
  { suffix: '政府', label: 'Organization', kind: 'government' },
  { suffix: '组织', label: 'Organization', kind: 'organization', anaphor: true },
  { suffix: '机构', label: 'Organization', kind: 'organization', anaphor: true },
  { suffix: '中心', label: 'Organization', kind: 'centre', anaphor: true },
  { suffix: '频道', label: 'Organization', kind: 'media' },
  { suffix: '部门', label: 'Organization', kind: 'department' },
  { suffix: '事业部', label: 'Organization', kind: 'department' },
  { suffix: '总司', label: 'Organization', kind: 'department' },
  { suffix: '部', label: 'Organization', kind: 'ministry' },
  { suffix: '署', label: 'Organization', kind: 'agency' },
  { suffix: '局', label: 'Organization', kind: 'agency' },
  { suffix: '厅', label: 'Organization', kind: 'department' },
  { suffix: '司', label: 'Organization', kind: 'department' },
  { suffix: '委', label: 'Organization', kind: 'commission' },
  { suffix: '处', label: 'Organization', kind: 'department' },
  { suffix: '网', label: 'Organization', kind: 'network' },
];
SUFFIX_RULES.sort((a, b) => b.suffix.length - a.suffix.length);

/** Organisation endings that 该/此 refer back with, as the table marks them. */
export const ANAPHOR_SUFFIXES: readonly string[] = SUFFIX_RULES.filter((r) => r.anaphor).map((r) => r.suffix);

/** Single-character organisation suffixes need a longer name in front to count (全部, 内部...). */
export const WEAK_SUFFIXES = new Set(['部', '署', '局', '司', '委', '处', '网', '厅', '中心', '组织', '机构', '网络', '平台', '系统', '计划', '行动', '框架', '标准', '报告', '案例', '网站']);

/**
 * Endings that name a body or programme with nothing known in front (国际资源小组, 生命周期倡议,
 * 电子观察): discovery takes a phrase ending in one of them as a name when the phrase is bounded
 * on both sides. Single-character and vaguer endings (部, 中心, 系统) need a place or a known
 * body in front and stay out.
 */
export const BARE_SUFFIXES = new Set([
  '小组', '工作组', '倡议', '伙伴关系', '同盟', '共同体', '联盟', '网络', '委员会', '计划', '观察', '理事会', '基金会', '协会', '学会', '促进会', '研究会', '联合会', '研究所', '研究院',
  '研究中心', '秘书处', '方案框架', '一揽子计划', '大学', '学院', '银行', '有限公司', '集团', '智库', '标委会', '课题组', '基金',
]);

/** Of BARE_SUFFIXES, those too often a description (减少碳足迹计划, 区域网络): a name only next to a party's verb (发起…计划, …网络发布). */
export const NEEDS_SIGNAL = new Set(['计划', '网络', '基金', '一揽子计划']);

/** Rules by their last character, longest suffix first: classification is a lookup, not a scan. */
const RULES_BY_LAST = new Map<string, SuffixRule[]>();
for (const rule of SUFFIX_RULES) {
  const last = rule.suffix.slice(-1);
  const list = RULES_BY_LAST.get(last) ?? [];
  list.push(rule);
  RULES_BY_LAST.set(last, list);
}

/** Last characters of organisation suffixes, for scanning text cheaply. */
export const ORG_SUFFIX_LAST = new Set(SUFFIX_RULES.filter((r) => r.label === 'Organization' || r.label === 'Standard' || r.label === 'EcoLabel' || r.suffix === '项目').map((r) => r.suffix.slice(-1)));

/** RULES_BY_LAST by the code unit of the last character. */
const RULES_BY_LAST_CODE = new Map<number, SuffixRule[]>([...RULES_BY_LAST].map(([last, rules]) => [last.charCodeAt(0), rules]));

/**
 * classifyBySuffix(text.slice(from, end)) where the text's last character there is a letter (no
 * closing quote or space to trim), without making the slice: scanners ask this at every suffix
 * character of every sentence.
 */
export function suffixRuleEndingAt(text: string, from: number, end: number): SuffixRule | undefined {
  const rules = RULES_BY_LAST_CODE.get(text.charCodeAt(end - 1));
  return rules?.find((rule) => end - rule.suffix.length >= from && text.startsWith(rule.suffix, end - rule.suffix.length));
}

export function classifyBySuffix(name: string): SuffixRule | undefined {
  const trimmed = /[\s”"》）)]$/u.test(name) ? name.replace(/[\s”"》）)]+$/u, '') : name;
  const rules = RULES_BY_LAST.get(trimmed.slice(-1));
  const found = rules?.find((rule) => trimmed.endsWith(rule.suffix));
  // "中德环境标志共同标准（打印机）": what a closing bracket qualifies is what the name is.
  const qualified = found ? undefined : /^(.{2,}?)[（(][^（）()]{1,20}[）)]$/u.exec(name.trim());
  return found ?? (qualified ? classifyBySuffix(qualified[1]!) : undefined);
}
