// Words that make a phrase something other than a name: the name filter (`discoverFilter.ts`)
// refuses what a discovery rule proposes when it holds one of them. They describe Chinese news
// prose in general, not any briefing.

/** Verbs that never sit inside a name found by a rule: a phrase holding one is a clause. */
export const CLAUSE_VERBS: readonly string[] = [
  '发布', '举行', '举办', '召开', '签署', '签订', '签字', '开展', '启动', '发起', '加入', '参加', '出席', '主持', '主办', '承办', '协办',
  '表示', '指出', '认为', '介绍', '会见', '访问', '到访', '宣布', '推出', '提出', '提交', '通过', '成为', '担任', '获得', '荣获', '颁发',
  '讨论', '探讨', '介绍了', '见证', '邀请', '参与', '负责', '牵头', '资助', '编写', '编制', '制定', '实施', '完成', '进行',
  '包括', '涉及', '旨在', '致力于', '位于', '来自', '开始', '结束', '计划开展', '相继', '分别',
  '推进', '实现', '促成',
  // Taking or holding a post: "会议选举X为主席", "X专家获任国际标准…召集人".
  '选举', '当选', '获任', '连任', '出任', '接任', '就任', '卸任', '确定', '组建', '推动', '加强', '提高', '应对', '解决', '评估', '审议', '批准', '鼓励', '呼吁', '要求', '帮助', '协助', '促使', '减少', '改善', '替代', '执行了', '交流了',
];

/** Particles and function words a name found by a rule cannot start with: they were glued on from the clause. */
export const LEADING_PARTICLES: readonly string[] = ['的', '了', '在', '于', '前', '后', '和', '与', '及', '并', '对', '向', '由', '被', '将', '把', '从', '为', '是', '等', '也', '都', '已', '还', '又', '其', '该', '此', '这', '那', '各', '每', '即', '而', '但', '就', '给', '让', '或',
  '近日', '日前', '目前', '今年', '去年', '此外', '另外', '其中', '随后', '同时', '最近', '首先', '其次', '此次', '本次', '特别是', '尤其是', '进而', '通过', '作为', '应', '自', '促成', '确定'];

/** What a name found by a rule cannot end with: a particle, or a word of time or place relative to something. */
export const TRAILING_PARTICLES: readonly string[] = ['的', '了', '在', '于', '前', '后', '时', '等', '和', '与', '及', '上', '中', '下', '内', '外', '间', '期间', '以来', '之后', '之前', '开展的', '进行的'];

/** Particles that, anywhere inside a name found without brackets, mark a clause ("X在Y", "X了"). */
// 兼 joins two posts of one person ("联合国副秘书长兼环境规划署执行主任"), never two halves of a name.
export const INNER_PARTICLES: readonly string[] = ['了', '在', '着', '将', '把', '被', '已', '该', '其', '们', '兼'];

/**
 * Modifiers that say which or what kind of thing, not whose: stripped before asking whether
 * anything is left but a generic word (国际会议 is a meeting, not the name of one).
 */
export const GENERIC_MODIFIERS: readonly string[] = [
  '国际', '全球', '区域', '地区', '国家', '全国', '地方', '年度', '全体', '相关', '有关', '其他', '各', '本', '该', '此', '这', '其', '双方', '多边', '双边',
  '专家', '工作', '技术', '高级别', '部长级', '联合', '专题', '特别', '常设', '临时', '执行', '咨询', '指导', '协调', '管理', '新', '首届', '首次', '第一次', '下一次',
  '主要', '重要', '行业', '专项', '春季', '夏季', '秋季', '冬季', '季度', '中方', '外方', '上述', '前述', '下列', '以下', '未来', '今后', '领导', '可持续', '可持续发展', '战略', '公私', '实地', '现场', '长期', '持续', '筹备', '组织', '评审', '选举', '监督', '顾问', '学术', '科学', '伦理', '审计', '财务', '执行局', '多个', '一些', '多家', '两个', '三个', '若干', '大型', '小型', '线上', '线下', '网络', '视频', '在线', '公开', '年', '月',
  // "新一届理事会", "非营利性协会": which one or what kind, not whose.
  '新一届', '本届', '上一届', '下一届', '新一轮', '非营利性', '非营利', '非政府',
  // "分技术委员会", "子委员会": a sub-body of one named elsewhere.
  '分', '子',
];

/** Words that name a kind of thing, not one thing: alone (after GENERIC_MODIFIERS) they are no name. */
export const GENERIC_HEADS: readonly string[] = [
  '会议', '大会', '年会', '会', '论坛', '峰会', '研讨会', '讨论会', '座谈会', '培训班', '培训', '活动', '仪式', '理事会', '委员会', '董事会', '秘书处', '工作组', '小组', '专家组',
  '项目', '计划', '方案', '倡议', '行动', '平台', '网络', '联盟', '伙伴关系', '观察', '观察员', '同盟', '共同体', '报告', '指南', '文件', '标准', '协议', '备忘录', '合作', '机构', '组织', '部门', '单位', '企业',
  '公司', '集团', '集团公司', '总公司', '子公司', '分公司', '政府', '协会', '学会', '联合会', '研究机构', '科研机构', '生产企业', '高校', '大学', '媒体', '城市', '国家', '地区', '成员', '伙伴', '合作伙伴', '代表', '代表团', '专家', '中心', '网站', '系统', '框架', '基金', '研究', '课题', '工作', '进展', '成果', '期间', '会议期间',
];

/**
 * Counted things are no names: 七项共同标准, 9项行动计划, 12个城市. A numeral (Han or Arabic)
 * followed by one of these measure words at the start of a phrase.
 */
export const MEASURE_WORDS: readonly string[] = ['项', '个', '大', '份', '种', '家', '名', '位', '类', '批', '条', '届', '次', '轮', '场', '所', '座', '元', '美元', '欧元', '人', '期'];

/** Numerals that open a counted phrase. */
export const NUMERALS = '0123456789０１２３４５６７８９.一二三四五六七八九十百千万亿两几多数';

/**
 * Words that modify a title rather than name anyone (高级顾问, 专务理事, 常务副会长): on their
 * own they are no person, however a rule found them.
 */
export const TITLE_MODIFIERS: readonly string[] = ['高级', '资深', '首席', '常务', '专务', '名誉', '特聘', '特邀', '执行', '代理', '助理', '副', '总', '原', '前', '现任', '新任', '候任', '临时', '首任', '联合', '驻华', '行政', '驻京', '地区', '区域', '国际', '全球', '项目', '采购', '技术', '政策'];

/** Words that stand for a party without naming it: a rule that finds one has found no name. */
export const PRONOUNS: readonly string[] = [
  '我们', '他们', '她们', '它们', '大家', '双方', '各方', '三方', '中方', '外方', '我方', '对方', '我国', '各国', '本中心', '我中心', '该中心', '会议', '会上', '会议期间',
  '与会者', '与会代表', '代表们', '专家们', '各位', '有关方面', '相关方', '所有人', '参会者', '主办方', '承办方', '合作方',
];

/** Words pointing at a country or city named before (促成该国…监管局): no part of the name after them. */
export const POINTERS: readonly string[] = ['该国', '本国', '该市', '本市', '两国', '各国', '我国', '该地区'];

/**
 * Verbs of taking, keeping or leaving a post (连任秘书长, 当选为主席): a rule that reads one as a
 * person's name beside a title has read the verb, not a name.
 */
export const OFFICE_VERBS: readonly string[] = ['连任', '当选', '就任', '接任', '出任', '卸任', '继任', '留任', '兼任', '担任', '获任', '升任', '调任', '改任', '任命', '选举', '退休'];

/**
 * Fields and lines of work that stand before a title (商务领事, 认证总监, 行政主管, 气候特使): a rule that
 * reads one as the name beside the title has read the field, not a person. With the ministries'
 * portfolios (`PORTFOLIOS`), a person found by a rule cannot be made of these words alone, nor of
 * these and a unit's one character (认证本部部长 → 认证本). A small stoplist, not the briefings' words:
 * the common departments of a certification body, an agency or a company.
 */
export const FIELD_WORDS: readonly string[] = [
  '认证', '检测', '检验', '标准', '计量', '质量', '评价', '审核', '采购', '供应链', '行政', '人事', '人力资源', '财务', '法律', '法务', '合规', '审计',
  '市场', '营销', '销售', '业务', '运营', '战略', '政策', '技术', '研发', '信息', '宣传', '传播', '公关', '国际', '合作', '国际合作', '对外', '项目',
  '可持续发展', '可持续', '循环经济', '气候变化', '绿色', '低碳', '节能', '减排', '废物', '产品', '专务',
];

/** One character of a unit after a field (认证本部, 技术处, 市场科): with FIELD_WORDS, no person's name. */
export const FIELD_UNIT_CHARS = '本部处科室组司局署厅';

/**
 * What a label or a programme ends with (天鹅标签, 蓝天使标志, 能源之星计划): a person found by a rule
 * never ends so; nor with any ending `classifyBySuffix` gives a body, document or event.
 */
export const NOT_PERSON_ENDINGS: readonly string[] = ['标签', '标志', '标章', '标识', '认证', '计划', '项目', '倡议'];

/** Counting words that stand for a number (二十余名, 多位, 数名, 一万多名): with a measure word, a head-count. */
export const COUNT_WORDS = '余多数几来';

/**
 * Words at a name's left edge that belong to the clause (任命X为…, 聘请X担任…, 邀请X出席, 由X主持,
 * 届满的X): the name starts after them. The one-character verbs 派, 请, 聘, 邀 count only after
 * something, since a transliteration may start with one (派翠克).
 */
export const VERBS_BEFORE_NAME: readonly string[] = ['任命', '聘请', '聘任', '邀请', '委派', '选派', '推荐', '接替', '由', '的', '为', '是', '请', '派', '聘', '邀'];
/** Of VERBS_BEFORE_NAME, those that open a name only when nothing precedes them. */
export const VERBS_BEFORE_NAME_AFTER_SOMETHING: readonly string[] = ['请', '派', '聘', '邀'];
