import type { EntityLabel } from '../../graph/ontology.js';

// Closed word lists the name detectors rely on: surnames, the words that stop a name on its left
// or right, the words that open a national body's name, and a ministry's portfolios. They
// describe Chinese news prose in general, not the content of any briefing.

/** The 150 or so most common Chinese surnames (and 朴, common in Korean names), two-character ones first. */
/**
 * Common Japanese family names of two characters, as the Chinese press writes them (simplified:
 * 铃木, 高桥, 渡边): Japanese officials and experts are named in these briefings as 局长山田健一,
 * 主任小林健. Left out: those that are also places or open with a word (中山, 千叶, 宫崎, 石川, 山口,
 * 长野, 和田, 原田), so that no place or clause is read as a person.
 */
export const JAPANESE_SURNAMES = [
  '佐藤', '铃木', '高桥', '田中', '伊藤', '渡边', '山本', '中村', '小林', '加藤', '吉田', '山田', '松本', '井上', '木村', '斋藤', '清水', '山崎', '池田', '桥本',
  '阿部', '山下', '中岛', '石井', '小川', '前田', '冈田', '藤田', '后藤', '近藤', '村上', '远藤', '青木', '坂本', '福田', '太田', '西村', '藤井', '金子', '冈本',
  '藤原', '中野', '三浦', '中川', '松田', '竹内', '小野', '田村', '石田', '森田', '上田', '柴田', '酒井', '工藤', '横山', '宫本', '内田', '高木', '安藤', '岛田',
  '谷口', '大野', '丸山', '今井', '河野', '藤本', '村田', '武田', '上野', '杉山', '增田', '平野', '大冢', '久保', '松井', '小岛', '岩崎', '樱井', '野口', '松尾',
  '野村', '木下', '菊地', '佐野', '大西', '杉本', '新井', '浅野', '宇野', '鹤田', '大塚', '长谷川', '佐佐木',
];

/** Compound Chinese surnames, then Japanese ones, longest first. */
export const SURNAMES_2 = [...['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '令狐'], ...JAPANESE_SURNAMES].sort((a, b) => b.length - a.length);
export const SURNAMES_1 = new Set(
  ('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤' +
    '常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝薄朴' +
    // Cantonese surnames of Hong Kong and Macao, in simplified characters (區 → 区, 冼).
    '区冼').split(''),
);

/** Characters that cannot follow a name inside it: verbs and particles that start the next word. */
export const AFTER_NAME = new Set('主表指介出参发在向等和与一先女说强建认担代率会共以同及是为对就把将于的了也都还又再已曾致做作表带陪到来访赴从自被让请称提透称讲谈回进见当签'.split(''));

/**
 * Of AFTER_NAME, the particles that are never a given name's character (在, 和, 的): the rest (建,
 * 强, 会, 进, 来…) are common in given names (杨建华, 李志强) and stop a name only where they open a
 * verb (建议, 强调, 会见, 进行, 来自): see VERBS_AFTER_NAME.
 */
export const PARTICLES_AFTER_NAME = new Set('在向等和与是为对就把将于的了也都还又再已曾及被让请从到赴'.split(''));

/** Verbs that open on a character of AFTER_NAME and follow a person's name (张强调, 李建议, 王会见). */
export const VERBS_AFTER_NAME: readonly string[] = [
  '主持', '主讲', '主张', '表示', '表达', '指出', '介绍', '出席', '出任', '参加', '参与', '参会', '发言', '发表', '发布', '说明', '强调', '建议', '建立', '认为', '担任', '代表',
  '率团', '率领', '率队', '会见', '会谈', '共同', '以及', '同时', '同意', '致辞', '做了', '作了', '作为', '带领', '带队', '陪同', '来自', '访问', '称赞', '提出', '提到', '透露',
  '讲话', '谈到', '回顾', '进行', '见证', '当选', '先生', '女士', '一行', '一同', '一起',
  // What a speaker does after his name (朱澍说：, 王立新致开幕辞, 陈明签署): 说 only before a colon, comma or quote.
  '说：', '说:', '说，', '说,', '说“', '说道', '致开幕辞', '致闭幕辞', '致欢迎辞', '致贺辞', '致开幕词', '致闭幕词', '致欢迎词', '致词', '签署', '签字', '签约',
];

/** Function words stripped from the left edge of a candidate name. */
export const LEADING_FUNCTION = /^(?:并且|以及|并|及|和|与|同|跟|由|经|在|于|对|向|为|将|把|被|从|据|以|是|的|了|给|让|通过|根据|按照|受|由于|其中|包括|来自|其|该|此|这|那|即|如|例如|比如|随着|作为|而|但|也|还|又|就|已|已经|都|由此|最近|目前|今天|本月|本星期|请|浏览|请浏览|关于)+/u;

/** Words at which a name candidate must not extend further left (verbs, clause words). */
export const LEFT_STOPS = [
  '召开', '举办', '举行', '参加', '出席', '会见', '签署', '加入', '启动', '发布', '推出', '成为', '担任', '当选', '连任', '接任', '出任', '卸任', '见证', '作为', '支持', '邀请', '组织', '介绍',
  '负责', '管理', '运营', '主办', '承办', '协调', '领导', '牵头', '发起', '制定', '编制',
  '认为', '表示', '指出', '提出', '提供', '提交', '承担', '实施', '开展', '建立', '成立', '宣布', '通过', '包括', '来自', '位于', '代表', '访问', '到访',
  '受到', '获得', '荣获', '荣膺', '授予', '颁发', '与', '和', '及', '同', '由', '在', '向', '对', '为', '的', '了', '是', '将', '把', '被', '从', '于', '等', '即', '其', '该', '这', '如', '以',
];

/** Words that open the name of a national or international body: 全国人大…委员会, 中华环境保护基金会. */
export const NAME_HEADS = /^(?:全国|国家|中国|中华|国际|世界|全球|联合国|亚洲|亚太|欧洲|欧盟|北美|非洲)/u;

/**
 * What a ministry or department is for: 肯尼亚环境部长 is Kenya's environment minister, and
 * 环境 in it is no one's name.
 */
export const PORTFOLIOS = new Set(['环境', '环保', '生态', '生态环境', '外交', '财政', '经济', '商务', '贸易', '外贸', '工业', '农业', '林业', '渔业', '能源', '交通', '卫生', '健康', '教育', '科技', '科学', '文化', '旅游', '体育', '司法', '国防', '内政', '国土', '资源', '水利', '海洋', '气候', '发展', '规划', '住房', '劳动', '社会', '金融', '税务', '海关', '统计', '基础设施']);

/** Verbs next to which a noun phrase is a party (the one who publishes, launches, leads, funds, signs, joins). */
export const SIGNAL_VERBS: readonly string[] = ['发布', '发起', '启动', '牵头', '资助', '签署', '加入', '联合', '推出', '组建', '主办', '协办', '承办', '合办', '赞助'];

/** Adverbs between a party and its verb (X正式发布, X共同发起): not part of the party's name. */
export const VERB_ADVERBS: readonly string[] = [
  '正式', '共同', '联合', '首次', '近日', '日前', '同时', '随后', '此后', '今年', '去年', '已经', '正在', '即将', '将', '再次', '率先', '相继', '分别', '成功', '顺利',
  '也', '还', '又', '还将', '已', '曾', '均', '一起', '积极', '专门', '特别', '主动', '于近日', '今天', '本周', '本月',
];

/** Words that may follow a name directly: a name found by its ending stops where one of these starts. */
export const FOLLOWS_NAME: readonly string[] = [
  ...SIGNAL_VERBS, ...VERB_ADVERBS, '是', '为', '的', '和', '与', '及', '等', '在', '于', '对', '向', '由', '重要', '合作', '负责', '表示', '指出', '宣布', '举办', '召开', '主持',
  '参加', '出席', '成员', '下设', '旗下', '发表', '编写', '制定', '提供', '呼吁', '代表', '作为', '成立', '组织', '邀请', '支持', '提出', '通过', '开展', '实施', '设立', '秘书长',
  '主席', '主任', '官员', '专家', '网站', '年会', '会议', '第', '首届', '新', '近期', '所', '已经', '目前', '一直', '每年',
  '当选', '连任', '接任', '出任', '卸任', '见证', '成为', '被选为', '被推选为', '被任命为', '随团', '随同', '一行',
  '介绍', '强调', '致辞', '发言', '会见', '访问', '到访', '承诺', '获得', '荣获', '参与', '开发', '审议', '批准', '认为', '建议', '计划', '决定', '同意', '启用', '代表团', '提交',
];

/** Characters transliterated foreign names are written with (马尔默, 赫尔辛基, 鹿特丹): a name made of them may be a foreign place. */
export const TRANSLITERATION_CHARS = new Set(
  ('阿埃艾爱安昂奥巴拜班邦贝本比彼宾波伯博布查达大丹当道德登迪蒂丁东杜敦多厄恩尔法凡范菲费芬丰夫弗福富盖甘冈高戈格根贡古瓜哈海汉豪赫亨洪胡华霍基吉加贾杰金卡凯坎康科克肯库夸奎昆拉' +
    '莱兰朗劳勒雷蕾黎里利莉林琳卢鲁陆路伦罗洛吕马迈麦曼芒梅门蒙米明莫默姆穆纳奈南内尼宁纽努诺欧帕潘佩蓬皮珀普奇齐恰乔切钦琼丘萨塞桑瑟森沙山尚什圣施斯松苏索塔泰坦汤唐特' +
    '提图托瓦万旺威韦维温沃乌伍西希锡夏辛休许雅亚扬耶伊因英尤于约泽扎詹兹佐鹿特里尔堡港瑙卑')
    .split(''),
);

/**
 * Words that end in a body's one-character ending and name no body: 全部, 总部, 西部 (非洲西部 is
 * western Africa), 党委, 大厅. A phrase ending in one is not taken for a ministry or office.
 */
export const NOT_A_BODY_ENDING: readonly string[] = [
  '签署', '部署', '全部', '内部', '外部', '局部', '总部', '东部', '西部', '南部', '北部', '中部', '东南部', '西南部', '东北部', '西北部', '腹部', '头部', '底部', '顶部',
  '正处', '之处', '好处', '各处', '到处', '相处', '委托', '党委', '常委', '编委', '评委', '主委', '餐厅', '大厅', '客厅', '格局', '布局', '结局', '开局', '上司',
];

/** Directions after a place that make a region of it (非洲西部, 巴西东北部), longest first. */
export const DIRECTIONS: readonly string[] = ['东南部', '西南部', '东北部', '西北部', '东部', '西部', '南部', '北部', '中部'];

/** What a word before a dash says the name after it is: 新成员——X, 试点城市——X. */
export const APPOSITION_DESCRIPTORS: readonly { word: string; label: EntityLabel; kind: string }[] = [
  { word: '城市', label: 'Place', kind: 'city' },
  { word: '国家', label: 'Place', kind: 'country' },
  { word: '标签', label: 'EcoLabel', kind: 'ecolabel' },
  { word: '标志', label: 'EcoLabel', kind: 'ecolabel' },
  { word: '项目', label: 'Project', kind: 'project' },
  { word: '倡议', label: 'Project', kind: 'initiative' },
  { word: '成员', label: 'Organization', kind: 'organization' },
  { word: '伙伴', label: 'Organization', kind: 'organization' },
  { word: '机构', label: 'Organization', kind: 'organization' },
  { word: '组织', label: 'Organization', kind: 'organization' },
];

/** Verbs that join other bodies to the one before them ("中环联合认证中心联合三大…协会"): 联合, 携手, 会同, 同, 与. */
export const JOINING_VERB = /^(?:联合|携手|会同|同|与|和|及)/u;
