import { describe, expect, it } from 'vitest';
import { appointmentsRule } from '../../../src/extract/rules/bodyRolesRule.js';
import { articleEventRule } from '../../../src/extract/rules/articleEventRule.js';
import { positionsRule } from '../../../src/extract/rules/positionsRule.js';
import { signingRule } from '../../../src/extract/rules/signingRule.js';
import { readWith } from './readWith.js';

// Posts taken by election or tenure, and the witnesses of signings, on sentences written for these
// tests in the briefings' style, about bodies and people that are not in the seed.

describe('appointments: posts taken by election or tenure', () => {
  it('reads X当选为Y主席 and X被选为Y副主席 with the title in English and in Chinese (own sentences)', async () => {
    const r = await readWith([appointmentsRule], '理事会换届', '2019年6月，欧阳明当选为亚洲绿色建材联盟主席，罗伯特·卡尔森被选为亚洲绿色建材联盟副主席。');
    expect(r.facts('HOLDS_POSITION')).toEqual(['欧阳明 -> 亚洲绿色建材联盟', '罗伯特·卡尔森 -> 亚洲绿色建材联盟']);
    expect(r.props('HOLDS_POSITION', 'title')).toEqual(['Chair', 'Vice Chair']);
    expect(r.props('HOLDS_POSITION', 'titleZh')).toEqual(['主席', '副主席']);
  });

  it('reads 连任 and 接任 with a post newly in the titles table (司库), in traditional characters (own sentence)', async () => {
    const r = await readWith([appointmentsRule], '會員大會', '黃嘉欣連任東南亞生態標籤協會司庫，鄭子軒接任東南亞生態標籤協會秘書長。');
    expect(r.facts('HOLDS_POSITION')).toEqual(['黄嘉欣 -> 东南亚生态标签协会', '郑子轩 -> 东南亚生态标签协会']);
    expect(r.props('HOLDS_POSITION', 'title')).toEqual(['Treasurer', 'Secretary General']);
  });

  it('gives a bare post the one body whose meeting the sentence names before (own sentence)', async () => {
    const r = await readWith([appointmentsRule], '年会召开', '在北欧绿色采购联盟年会上，汉娜·林德当选为主席。');
    expect(r.facts('HOLDS_POSITION')).toEqual(['汉娜·林德 -> 北欧绿色采购联盟']);
    expect(r.graph.relationships.find((f) => f.type === 'HOLDS_POSITION')?.properties.method).toBe('pattern:appointed-at-meeting');
  });

  it('skips a post with no body named, and one with two meeting bodies (own sentences)', async () => {
    const bare = await readWith([appointmentsRule], '人事变动', '会议期间，汉娜·林德当选为主席。');
    expect(bare.facts('HOLDS_POSITION')).toEqual([]);
    expect(bare.skips).toContain('appointments: no body named for the post, nor one meeting named before');
    const two = await readWith([appointmentsRule], '联合会议', '在北欧绿色采购联盟与东南亚生态标签协会联合年会上，汉娜·林德当选为主席。');
    expect(two.facts('HOLDS_POSITION')).toEqual([]);
  });

  it('reads no position for a place or a body elected, nor for a post given up (own sentences)', async () => {
    const place = await readWith([appointmentsRule], '城市评选', '哥本哈根当选为北欧绿色采购联盟主席城市。');
    expect(place.facts('HOLDS_POSITION')).toEqual([]);
    const body = await readWith([appointmentsRule], '理事单位', '东南亚生态标签协会当选为亚洲绿色建材联盟理事单位。');
    expect(body.facts('HOLDS_POSITION')).toEqual([]);
    const past = await readWith([appointmentsRule], '人事变动', '欧阳明卸任亚洲绿色建材联盟主席，此前他曾担任亚洲绿色建材联盟秘书长。');
    expect(past.facts('HOLDS_POSITION')).toEqual([]);
    const gone = await readWith([appointmentsRule], '人事变动', '欧阳明不再担任亚洲绿色建材联盟主席。');
    expect(gone.facts('HOLDS_POSITION')).toEqual([]);
  });

  it('does not read a body name opening with a post word as the post (理事会) (own sentence)', async () => {
    const r = await readWith([appointmentsRule], '理事会', '欧阳明当选为亚洲绿色建材联盟理事会主席。');
    expect(r.facts('HOLDS_POSITION')).toEqual(['欧阳明 -> 亚洲绿色建材联盟理事会']);
    expect(r.props('HOLDS_POSITION', 'titleZh')).toEqual(['主席']);
  });
});

describe('signing: witnesses named with 见证', () => {
  it('reads X和Y共同见证了签约 after a signing as witnesses of what was signed (own sentence)', async () => {
    const r = await readWith([signingRule], '互认协议签署', '北欧绿色采购联盟与东南亚生态标签协会签署了《生态标签互认合作协议》，汉娜·林德和欧阳明共同见证了签约。');
    expect(r.facts('SIGNED').sort()).toEqual(['东南亚生态标签协会 -> 生态标签互认合作协议', '北欧绿色采购联盟 -> 生态标签互认合作协议']);
    expect(r.facts('WITNESSED').sort()).toEqual(['欧阳明 -> 生态标签互认合作协议', '汉娜·林德 -> 生态标签互认合作协议']);
  });

  it('reads a witness in the next sentence for what the article signed last, in traditional characters (own text)', async () => {
    const r = await readWith([positionsRule, signingRule], '備忘錄簽署', '東南亞生態標籤協會與亞洲綠色建材聯盟簽署了《綠色建材合作備忘錄》。亞洲綠色建材聯盟主席歐陽明見證了簽約儀式。');
    expect(r.facts('WITNESSED')).toEqual(['欧阳明 -> 绿色建材合作备忘录']);
  });

  it('reads no witness when nothing was signed, and does not make a party its own witness (own sentences)', async () => {
    const none = await readWith([signingRule], '发展回顾', '汉娜·林德见证了北欧绿色采购联盟的成长。');
    expect(none.facts('WITNESSED')).toEqual([]);
    const parties = await readWith([signingRule], '协议签署', '北欧绿色采购联盟与东南亚生态标签协会共同见证并签署了《生态标签互认合作协议》。');
    expect(parties.facts('WITNESSED')).toEqual([]);
  });

  it('keeps reading 在X的见证下 once, with the signing (own sentence)', async () => {
    const r = await readWith([signingRule], '协议签署', '在欧阳明的见证下，北欧绿色采购联盟与东南亚生态标签协会签署了《生态标签互认合作协议》。');
    expect(r.facts('WITNESSED')).toEqual(['欧阳明 -> 生态标签互认合作协议']);
  });
});

describe('signing: people who sign for the sides, with the document not named again', () => {
  it('reads 分别代表双方签字 (no 在…上) and 在标准文本上签字 as signing what the article signed (own sentences)', async () => {
    const r = await readWith(
      [positionsRule, signingRule],
      '合作备忘录签署',
      '10月15日，斯里兰卡环境部与马尔代夫环境署签署了《南亚绿色采购合作备忘录》，萨曼莎·佩雷拉与易卜拉欣·拉希德分别代表双方签字，南亚合作组织副秘书长关德明见证了签署。',
    );
    expect(r.facts('SIGNED').filter((f) => /萨曼莎|易卜拉欣/u.test(f)).sort()).toEqual(['易卜拉欣·拉希德 -> 南亚绿色采购合作备忘录', '萨曼莎·佩雷拉 -> 南亚绿色采购合作备忘录']);
    expect(r.facts('WITNESSED')).toEqual(['关德明 -> 南亚绿色采购合作备忘录']);
  });

  it('takes a standard named with a bracketed scope as a standard, its text as it, and a consul general as a witness (own sentences)', async () => {
    const r = await readWith(
      [positionsRule, signingRule],
      '共同标准签署',
      '4月9日，挪威天鹅标志办公室与智利环境标志协会签署《挪智环境标志共同标准（复印机）》。',
      '挪威天鹅标志办公室主任奥拉·贝里与智利环境标志协会会长卡洛斯·维加分别代表双方在标准文本上签字，中国驻奥斯陆总领事馆总领事邱明远见证签约。',
    );
    expect(r.graph.entities.find((e) => e.properties.name === '挪智环境标志共同标准（复印机）')?.label).toBe('Standard');
    expect(r.facts('SIGNED').filter((f) => /奥拉|卡洛斯/u.test(f)).sort()).toEqual(['卡洛斯·维加 -> 挪智环境标志共同标准（复印机）', '奥拉·贝里 -> 挪智环境标志共同标准（复印机）']);
    expect(r.facts('HOLDS_POSITION')).toContain('邱明远 -> 中国驻奥斯陆总领事馆');
    expect(r.facts('WITNESSED')).toEqual(['邱明远 -> 挪智环境标志共同标准（复印机）']);
  });

  it('reads no one as signing for 代表双方签字 when the article signed nothing (own sentence)', async () => {
    const r = await readWith([signingRule], '会谈', '双方代表马克·勒布朗与林海涛分别代表双方签字。');
    expect(r.facts('SIGNED')).toEqual([]);
  });
});

describe('appointments: a post in the body whose meeting the article reports', () => {
  it('reads 当选为理事会主席 and a bare 连任副主席 as posts in the body of the article\'s meeting (own sentences)', async () => {
    const r = await readWith(
      [articleEventRule, appointmentsRule],
      '北美绿色建材理事会年会召开',
      '7月12日，北美绿色建材理事会年会在多伦多召开。艾丽斯·唐纳森当选为理事会主席，赫克托·鲁伊斯连任副主席。',
    );
    expect(r.facts('HOLDS_POSITION').sort()).toEqual(['艾丽斯·唐纳森 -> 北美绿色建材理事会', '赫克托·鲁伊斯 -> 北美绿色建材理事会']);
  });

  it('reads no post for a body word the meeting\'s body is not named with (own sentence)', async () => {
    const r = await readWith([articleEventRule, appointmentsRule], '北美绿色建材理事会年会召开', '7月12日，北美绿色建材理事会年会在多伦多召开。艾丽斯·唐纳森当选为基金会主席。');
    expect(r.facts('HOLDS_POSITION')).toEqual([]);
  });
});

describe('appointments: bare words for a body the article named, elections by 选举, posts named first', () => {
  it('reads 当选为联盟副理事长 as a post in the one alliance the article named in full (own sentences)', async () => {
    const r = await readWith(
      [appointmentsRule],
      '北欧生态标签联盟召开会员大会',
      '2022年3月2日，北欧生态标签联盟第三届会员大会在赫尔辛基召开。',
      '挪威环境标志基金会主任拉尔斯·彼得森当选为联盟副理事长，丹麦标准协会总裁安娜·尼尔森（Anna Nielsen）当选为联盟理事长。',
    );
    expect(r.facts('HOLDS_POSITION').sort()).toEqual(['安娜·尼尔森 -> 北欧生态标签联盟', '拉尔斯·彼得森 -> 北欧生态标签联盟']);
  });

  it('reads a post in a programme as the person taking part in it with that role (own sentences)', async () => {
    const r = await readWith([appointmentsRule], '倡议召开首次会议', '2022年5月3日，“可持续采购城市倡议”首次会议在里斯本召开。', '马可·罗西（Marco Rossi）当选为倡议首任主席。');
    expect(r.facts('INVOLVED_IN')).toEqual(['马可·罗西 -> 可持续采购城市倡议']);
    expect(r.props('INVOLVED_IN', 'role')).toEqual(['chair']);
  });

  it('reads 选举X为Y副主席 and 首任协调员由X担任 (own sentences)', async () => {
    const r = await readWith(
      [appointmentsRule],
      '网络成立',
      '2022年7月4日，“太平洋绿色采购网络”在苏瓦成立。',
      '网络秘书处设在太平洋区域环境规划署，首任协调员由斐济财政部采购司司长约瑟·瓦卡（Jose Vaka）担任。',
      '年会选举韩国环境产业技术院院长金正浩（Kim Jungho）为全球环境标志网络副主席，任期两年。',
    );
    expect(r.facts('HOLDS_POSITION').sort()).toEqual(['约瑟·瓦卡 -> 太平洋绿色采购网络', '金正浩 -> 全球环境标志网络']);
  });

  it('gives no post for a bare word two named bodies end with, nor for a person who is not the one elected (own sentences)', async () => {
    const two = await readWith(
      [appointmentsRule],
      '两个联盟',
      '北欧生态标签联盟（NEA）与亚洲生态标签联盟（AEA）在东京举行联席会议。',
      '拉尔斯·彼得森当选为联盟副理事长。',
    );
    expect(two.facts('HOLDS_POSITION')).toEqual([]);
    const other = await readWith([appointmentsRule], '年会', '年会选举了新的理事会，金正浩推荐的专家为全球环境标志网络顾问。');
    expect(other.facts('HOLDS_POSITION')).toEqual([]);
  });
});

describe('appointments: a role in a programme', () => {
  it('reads X担任该项目的技术负责人 as X taking part in the programme just named (own sentence)', async () => {
    const r = await readWith(
      [appointmentsRule],
      '合作',
      '挪威环境标志基金会已于2021年与丹麦标准协会合作实施了“北欧学校绿色采购示范”项目，丹麦标准协会总监拉尔斯·彼得森（Lars Petersen）担任该项目的技术负责人。',
    );
    expect(r.facts('INVOLVED_IN')).toEqual(['拉尔斯·彼得森 -> 北欧学校绿色采购示范项目']);
    expect(r.facts('HOLDS_POSITION')).toEqual([]);
  });
});

describe('appointments: the person elected, with their Latin name in brackets', () => {
  it('reads 选举A（Latin）为Y副主席 with the person, not the bracketed name, as the one elected (own sentence)', async () => {
    const r = await readWith([appointmentsRule], '年会', '年会还选举挪威环境标志基金会主任英格丽·汉森（Ingrid Hansen）为全球环境标志网络副主席，任期两年。');
    expect(r.facts('HOLDS_POSITION')).toEqual(['英格丽·汉森 -> 全球环境标志网络']);
  });
});
