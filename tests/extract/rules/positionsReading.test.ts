import { describe, expect, it } from 'vitest';
import { positionsRule } from '../../../src/extract/rules/positionsRule.js';
import { readWith } from './readWith.js';

// Which body a titled person holds a post in, and under which title. Sentences written for these
// tests in the briefings' style, about bodies and people of our own choosing.

describe('positions: offices inside a body, and departments that are bodies', () => {
  it('puts the head of an office (处, 部) in the body, the office kept in the title, and nowhere else', async () => {
    const r = await readWith([positionsRule], '会议', '联合国环境规划署化学品与健康处处长李娜出席会议。');
    expect(r.facts('HOLDS_POSITION')).toEqual(['李娜 -> 联合国环境规划署']);
    expect(r.props('HOLDS_POSITION', 'titleZh')).toEqual(['化学品与健康处处长']);
    const dept = await readWith([positionsRule], '会议', '中环联合认证中心检测三部主任王磊出席会议。');
    expect(dept.facts('HOLDS_POSITION')).toEqual(['王磊 -> 中环联合认证中心']);
    expect(dept.props('HOLDS_POSITION', 'titleZh')).toEqual(['检测三部主任']);
  });

  it('keeps the department in the title when the body before it carries its abbreviation in brackets', async () => {
    const r = await readWith([positionsRule], '会议', '韩国环境标志协会（KELA）认证二部部长金英洙出席会议。');
    expect(r.facts('HOLDS_POSITION')).toEqual(['金英洙 -> 韩国环境标志协会']);
    expect(r.props('HOLDS_POSITION', 'titleZh')).toEqual(['认证二部部长']);
  });

  it('keeps a ministry department (司) named with its ministry as the body, and reads no second post in the ministry', async () => {
    const r = await readWith([positionsRule], '会议', '智利财政部采购政策司副司长卡米拉·罗哈斯和处长胡安·佩雷斯出席会议。');
    expect(r.facts('HOLDS_POSITION').sort()).toEqual(['卡米拉·罗哈斯 -> 智利财政部采购政策司', '胡安·佩雷斯 -> 智利财政部采购政策司'].sort());
  });

  it('reads a body whose name holds a 、 as one body before the title', async () => {
    const r = await readWith([positionsRule], '会议', '土耳其环境、城市化和气候变化部副部长梅赫梅特·奥兹出席会议。');
    expect(r.facts('HOLDS_POSITION')).toEqual(['梅赫梅特·奥兹 -> 土耳其环境与城市化部']);
    expect(r.props('HOLDS_POSITION', 'titleZh')).toEqual(['副部长']);
  });
});

describe('positions: people listed with 和', () => {
  it('gives the second person, with a bare title after 和, the body of the first', async () => {
    const r = await readWith([positionsRule], '会议', '北欧生态标签委员会秘书长英格丽德·汉森和认证经理奥拉夫·贝里出席会议。');
    expect(r.facts('HOLDS_POSITION').sort()).toEqual(['奥拉夫·贝里 -> 北欧生态标签委员会', '英格丽德·汉森 -> 北欧生态标签委员会'].sort());
    expect(r.props('HOLDS_POSITION', 'titleZh').sort()).toEqual(['秘书长', '认证经理'].sort());
  });

  it('reads no post across another person when the words after 和 name a place, or when nothing joins the two', async () => {
    const place = await readWith([positionsRule], '会议', '德国环境署署长汉斯·韦伯和巴西代表卡洛斯·席尔瓦出席会议。');
    expect(place.facts('HOLDS_POSITION')).toEqual(['汉斯·韦伯 -> 德国环境署']);
    const met = await readWith([positionsRule], '会见', '中环联合认证中心总经理孙立峰会见了董事长林文雄。');
    expect(met.facts('HOLDS_POSITION')).toEqual(['孙立峰 -> 中环联合认证中心']);
  });
});

describe('positions: a body named by a word for it', () => {
  it('reads 协会理事长 as a post in the one 协会 the article named, and none when it named two', async () => {
    const one = await readWith([positionsRule], '签约', '日本环境协会与泰国环境研究所签署合作备忘录。', '协会理事长王立新表示，双方将加强合作。');
    expect(one.facts('HOLDS_POSITION')).toEqual(['王立新 -> 日本环境协会']);
    const two = await readWith([positionsRule], '签约', '日本环境协会与韩国环境标志协会签署合作备忘录。', '协会理事长王立新表示，双方将加强合作。');
    expect(two.facts('HOLDS_POSITION')).toEqual([]);
  });

  it('reads 该部 and 该技术委员会 as the ministry and the committee named before', async () => {
    const ministry = await readWith([positionsRule], '加入', '墨西哥财政和公共信贷部正式加入咨询委员会。', '该部采购司司长卡洛斯·鲁伊斯表示将积极参与。');
    expect(ministry.facts('HOLDS_POSITION')).toEqual(['卡洛斯·鲁伊斯 -> 墨西哥财政和公共信贷部']);
    expect(ministry.props('HOLDS_POSITION', 'titleZh')).toEqual(['采购司司长']);
    const committee = await readWith([positionsRule], '全会', '国际标准化组织可持续采购技术委员会在日内瓦召开全会。', '该技术委员会秘书长安娜·米勒介绍了标准制定进展。');
    expect(committee.facts('HOLDS_POSITION')).toEqual(['安娜·米勒 -> 可持续采购技术委员会']);
  });

  it('links a title alone to no body, not even the one the article is about', async () => {
    const r = await readWith([positionsRule], '年会', '北欧生态标签委员会在奥斯陆召开年会。', '会上，秘书长英格丽德·汉森介绍了情况。');
    expect(r.facts('HOLDS_POSITION')).toEqual([]);
  });
});

describe('positions: titles', () => {
  it('reads a title nobody listed with a remit in front (首席数据官), but no verb phrase as a title', async () => {
    const r = await readWith([positionsRule], '会议', '德国环境署首席数据官汉斯·穆勒出席会议。');
    expect(r.props('HOLDS_POSITION', 'titleZh')).toEqual(['首席数据官']);
    const invited = await readWith([positionsRule], '会议', '德国环境署邀请专家汉斯·穆勒出席会议。');
    expect(invited.facts('HOLDS_POSITION')).toEqual([]);
  });

  it('marks a post held before (前任, 原) as former, and a current one not', async () => {
    const r = await readWith([positionsRule], '会议', '德国环境署前任署长克劳斯·施密特和瑞典环境保护局原局长安娜·卡尔松出席会议。');
    expect(r.facts('HOLDS_POSITION').sort()).toEqual(['克劳斯·施密特 -> 德国环境署', '安娜·卡尔松 -> 瑞典环保署'].sort());
    expect(r.props('HOLDS_POSITION', 'former')).toEqual([true, true]);
    const now = await readWith([positionsRule], '会议', '德国环境署署长克劳斯·施密特出席会议。');
    expect(now.props('HOLDS_POSITION', 'former')).toEqual([undefined]);
  });

  it('reads diplomatic ranks (一等秘书) of a mission as titles', async () => {
    const r = await readWith([positionsRule], '会议', '日本驻柬埔寨大使馆一等秘书渡边·浩出席。');
    expect(r.facts('HOLDS_POSITION')).toEqual(['渡边·浩 -> 日本驻柬埔寨大使馆']);
    expect(r.props('HOLDS_POSITION', 'title')).toEqual(['First Secretary']);
  });
});

describe('positions: the body and title after the name', () => {
  it('reads NAME（English），ORG TITLE， and NAME是ORG TITLE', async () => {
    const apposed = await readWith([positionsRule], '会议', '约翰·史密斯（John Smith），北美绿色建材理事会主席，出席会议并致辞。');
    expect(apposed.facts('HOLDS_POSITION')).toEqual(['约翰·史密斯 -> 北美绿色建材理事会']);
    const copula = await readWith([positionsRule], '会议', '约翰·史密斯是北美绿色建材理事会主席。');
    expect(copula.props('HOLDS_POSITION', 'titleZh')).toEqual(['主席']);
  });

  it('reads no title after the name when another person follows the body, or the words are no title', async () => {
    const other = await readWith([positionsRule], '会议', '约翰·史密斯，北美绿色建材理事会主席玛丽·琼斯出席会议。');
    expect(other.facts('HOLDS_POSITION')).toEqual(['玛丽·琼斯 -> 北美绿色建材理事会']);
    const member = await readWith([positionsRule], '会议', '约翰·史密斯是北美绿色建材理事会的创始成员。');
    expect(member.facts('HOLDS_POSITION')).toEqual([]);
  });
});

describe('positions: the council or board of a body', () => {
  it('puts a post in a body\'s council in the body, the council kept in the title', async () => {
    const r = await readWith([positionsRule], '会议', '全球环境标志网络理事会主席约翰·史密斯出席会议。');
    expect(r.facts('HOLDS_POSITION')).toEqual(['约翰·史密斯 -> 全球环境标志网络']);
    expect(r.props('HOLDS_POSITION', 'titleZh')).toEqual(['理事会主席']);
  });

  it('reads the council of a recurring gathering named with its edition as the council of the gathering\'s body', async () => {
    const r = await readWith([positionsRule], '第五届亚洲绿色采购圆桌会议在曼谷召开', '2023年5月10日，第五届亚洲绿色采购圆桌会议在泰国曼谷召开。', '会议期间，圆桌会议理事会主席约翰·史密斯致辞。');
    expect(r.facts('HOLDS_POSITION')).toEqual(['约翰·史密斯 -> 亚洲绿色采购圆桌会议']);
    expect(r.graph.entities.find((e) => e.properties.name === '亚洲绿色采购圆桌会议')?.label).toBe('Organization');
    // With no such gathering named, the council stays what the text named.
    const alone = await readWith([positionsRule], '会议', '会议期间，圆桌会议理事会主席约翰·史密斯致辞。');
    expect(alone.facts('HOLDS_POSITION')).toEqual(['约翰·史密斯 -> 圆桌会议理事会']);
  });
});

