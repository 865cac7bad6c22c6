import type { EntityLabel } from '../graph/ontology.js';

// Closed word lists the detectors rely on. They describe Chinese news prose in general
// (titles, suffixes, function words), not the content of any briefing.

/** Position titles, longest first so 副总经理 wins over 总经理 and 经理. */
export const TITLES = [
  '党委书记', '执行秘书长', '助理秘书长', '副秘书长', '秘书长', '名誉理事长', '理事长', '名誉会长', '执行会长', '副会长', '会长',
  '首席执行官', '首席代表', '首席顾问', '首席科学家', '首席', '执行主任', '代理主任', '副主任', '主任委员', '主任助理', '主任',
  '副总经理', '总经理', '销售经理', '项目经理', '经理', '全球副总裁', '副总裁', '总裁', '副董事长', '董事长', '董事',
  '副部长', '部长', '副司长', '代理司长', '司长', '副局长', '局长', '副处长', '处长', '副所长', '所长', '副院长', '院长',
  '副主席', '主席', '总干事', '副总干事', '总工程师', '总监', '书记', '执行委员', '理事成员', '理事', '委员',
  '联合组长', '副组长', '组长', '首代', '执行助理', '助理', '专员', '院士', '研究员', '教授', '博士', '官员', '主管', '负责人', '特别代表', '驻华代表',
  '大使', '参赞', '市长', '州长', '前州长', '总统', '总理', '副总理', '首相', '执行秘书', '协调员', '顾问',
] as const;

/** Titles that commonly follow a surname as a short form of address (周书记, 张总, 陈处长). */
export const SHORT_TITLES = ['书记', '主任', '总', '处长', '部长', '司长', '局长', '所长', '助理', '秘书长', '会长', '主席', '院长', '总经理', '副司长', '副部长', '组长'] as const;

/** The 150 or so most common Chinese surnames, two-character ones first. */
export const SURNAMES_2 = ['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '令狐'];
export const SURNAMES_1 = new Set(
  ('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤' +
    '常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝薄').split(''),
);

/** Characters that cannot follow a name inside it: verbs and particles that start the next word. */
export const AFTER_NAME = new Set('主表指介出参发在向等和与一先女说强建认担代率会共以同及是为对就把将于的了也都还又再已曾致做作表带陪到来访赴从自被让请称提透称讲谈回进'.split(''));

/** Function words stripped from the left edge of a candidate name. */
export const LEADING_FUNCTION = /^(?:并且|以及|并|及|和|与|同|跟|由|经|在|于|对|向|为|将|把|被|从|据|以|是|的|了|给|让|通过|根据|按照|受|由于|其中|包括|来自|其|该|此|这|那|即|如|例如|比如|随着|作为|而|但|也|还|又|就|已|已经|都|由此|最近|目前|今天|本月|本星期|请|浏览|请浏览|关于)+/u;

/** Words at which a name candidate must not extend further left (verbs, clause words). */
export const LEFT_STOPS = [
  '召开', '举办', '举行', '参加', '出席', '会见', '签署', '加入', '启动', '发布', '推出', '成为', '担任', '作为', '支持', '邀请', '组织', '介绍',
  '负责', '管理', '运营', '主办', '承办', '协调', '领导', '牵头', '发起', '制定', '编制',
  '认为', '表示', '指出', '提出', '提供', '提交', '承担', '实施', '开展', '建立', '成立', '宣布', '通过', '包括', '来自', '位于', '代表', '访问', '到访',
  '受到', '获得', '荣获', '荣膺', '授予', '颁发', '与', '和', '及', '同', '由', '在', '向', '对', '为', '的', '了', '是', '将', '把', '被', '从', '于', '等', '即', '其', '该', '这', '如', '以',
];

export interface SuffixRule {
  suffix: string;
  label: EntityLabel;
  kind?: string;
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
  // Events.
  { suffix: '年会', label: 'Event', kind: 'meeting' },
  { suffix: '大会', label: 'Event', kind: 'conference' },
  { suffix: '全体会议', label: 'Event', kind: 'meeting' },
  { suffix: '研讨会', label: 'Event', kind: 'workshop' },
  { suffix: '培训会', label: 'Event', kind: 'workshop' },
  { suffix: '分享会', label: 'Event', kind: 'meeting' },
  { suffix: '交流会', label: 'Event', kind: 'meeting' },
  { suffix: '评审会', label: 'Event', kind: 'review' },
  { suffix: '博览会', label: 'Event', kind: 'exhibition' },
  { suffix: '展览会', label: 'Event', kind: 'exhibition' },
  { suffix: '峰会', label: 'Event', kind: 'summit' },
  { suffix: '论坛', label: 'Event', kind: 'forum' },
  { suffix: '边会', label: 'Event', kind: 'meeting' },
  { suffix: '会议', label: 'Event', kind: 'meeting' },
  { suffix: '仪式', label: 'Event', kind: 'ceremony' },
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
  { suffix: '委员会', label: 'Organization', kind: 'committee' },
  { suffix: '标委会', label: 'Organization', kind: 'committee' },
  { suffix: '理事会', label: 'Organization', kind: 'council' },
  { suffix: '基金会', label: 'Organization', kind: 'foundation' },
  { suffix: '协会', label: 'Organization', kind: 'association' },
  { suffix: '学会', label: 'Organization', kind: 'association' },
  { suffix: '联合会', label: 'Organization', kind: 'association' },
  { suffix: '研究所', label: 'Organization', kind: 'research_institute' },
  { suffix: '研究院', label: 'Organization', kind: 'research_institute' },
  { suffix: '研究中心', label: 'Organization', kind: 'research_institute' },
  { suffix: '科学院', label: 'Organization', kind: 'research_institute' },
  { suffix: '社科院', label: 'Organization', kind: 'research_institute' },
  { suffix: '智库', label: 'Organization', kind: 'research_institute' },
  { suffix: '大学', label: 'Organization', kind: 'university' },
  { suffix: '学院', label: 'Organization', kind: 'university' },
  { suffix: '医院', label: 'Organization', kind: 'hospital' },
  { suffix: '有限公司', label: 'Organization', kind: 'company' },
  { suffix: '公司', label: 'Organization', kind: 'company' },
  { suffix: '集团', label: 'Organization', kind: 'company' },
  { suffix: '银行', label: 'Organization', kind: 'bank' },
  { suffix: '联盟', label: 'Organization', kind: 'alliance' },
  { suffix: '网络', label: 'Organization', kind: 'network' },
  { suffix: '秘书处', label: 'Organization', kind: 'secretariat' },
  { suffix: '代表处', label: 'Organization', kind: 'office' },
  { suffix: '办公室', label: 'Organization', kind: 'office' },
  { suffix: '工作组', label: 'Organization', kind: 'working_group' },
  { suffix: '课题组', label: 'Organization', kind: 'working_group' },
  { suffix: '使馆', label: 'Organization', kind: 'embassy' },
  { suffix: '政府', label: 'Organization', kind: 'government' },
  { suffix: '组织', label: 'Organization', kind: 'organization' },
  { suffix: '机构', label: 'Organization', kind: 'organization' },
  { suffix: '中心', label: 'Organization', kind: 'centre' },
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

/** Words that open the name of a national or international body: 全国人大…委员会, 中华环境保护基金会. */
export const NAME_HEADS = /^(?:全国|国家|中国|中华|国际|世界|全球|联合国|亚洲|亚太|欧洲|欧盟|北美|非洲)/u;

/**
 * What a ministry or department is for: 肯尼亚环境部长 is Kenya's environment minister, and
 * 环境 in it is no one's name.
 */
export const PORTFOLIOS = new Set(['环境', '环保', '生态', '生态环境', '外交', '财政', '经济', '商务', '贸易', '外贸', '工业', '农业', '林业', '渔业', '能源', '交通', '卫生', '健康', '教育', '科技', '科学', '文化', '旅游', '体育', '司法', '国防', '内政', '国土', '资源', '水利', '海洋', '气候', '发展', '规划', '住房', '劳动', '社会', '金融', '税务', '海关', '统计', '基础设施']);

/** Single-character organisation suffixes need a longer name in front to count (全部, 内部...). */
export const WEAK_SUFFIXES = new Set(['部', '署', '局', '司', '委', '处', '网', '厅', '中心', '组织', '机构', '网络', '平台', '系统', '计划', '行动', '框架', '标准', '报告', '案例', '网站']);

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
  return rules?.find((rule) => trimmed.endsWith(rule.suffix));
}
