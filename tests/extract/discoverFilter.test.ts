import { describe, expect, it } from 'vitest';
import { isGenericPhrase, isTitleWord, notANameBecause } from '../../src/extract/discoverFilter.js';
import { discoverCandidates } from '../../src/extract/discover.js';
import { Gazetteer } from '../../src/extract/gazetteer.js';

// The name filter every discovery path goes through: a name a rule made must be a name.

describe('the name filter', () => {
  it('refuses verbs and clause fragments', () => {
    expect(notANameBecause('循环电子伙伴关系发布年度报告', 'Organization')).toBe('a clause');
    expect(notANameBecause('举行签字仪式的委员会', 'Organization')).toBeDefined();
    expect(notANameBecause('促成该国采购监管局', 'Organization')).toBeDefined();
    expect(notANameBecause('减少碳足迹计划', 'Project')).toBe('a clause');
  });

  it('refuses particles and time words glued on', () => {
    expect(notANameBecause('在海洋塑料工作组', 'Organization')).toBe('a particle glued on in front');
    expect(notANameBecause('前北欧采购联盟', 'Organization')).toBe('a particle glued on in front');
    expect(notANameBecause('开展的绿色采购小组', 'Organization')).toBeDefined();
    expect(notANameBecause('近日蓝色循环联盟', 'Organization')).toBeDefined();
    expect(notANameBecause('蓝色循环联盟的', 'Organization')).toBe('a particle glued on behind');
  });

  it('refuses dates, counted phrases and bare generic words', () => {
    expect(notANameBecause('2024年3月', 'Event')).toBe('a date');
    expect(notANameBecause('七项共同标准', 'Standard')).toBe('a counted phrase');
    expect(notANameBecause('10亿美元气候创新基金', 'Project')).toBe('a counted phrase');
    for (const generic of ['会议', '国际会议', '理事会', '理事会和年会', '项目', '报告', '专家委员会', '联合工作组', '相关行业协会', '年度工作计划']) {
      expect(isGenericPhrase(generic), generic).toBe(true);
      expect(notANameBecause(generic, 'Organization'), generic).toBeDefined();
    }
  });

  it('refuses title words taken for people, listed or not', () => {
    for (const title of ['董事长', '专务', '高级', '高级顾问', '采购总监', '首席可持续发展官', '校长']) {
      expect(isTitleWord(title), title).toBe(true);
      expect(notANameBecause(title, 'Person'), title).toBe('a title word');
    }
    expect(notANameBecause('约八十人', 'Person')).toBe('a counted phrase');
  });

  it('lets real names through, whatever script they came in', () => {
    for (const [name, label] of [
      ['国际资源小组', 'Organization'],
      ['可持续生产和消费之友工作组', 'Organization'],
      ['电子观察', 'Organization'],
      ['韩国环境工业与技术研究所', 'Organization'],
      ['十年方案框架', 'Project'],
      ['二十国集团', 'Organization'],
      ['启动会', 'Event'],
      ['也门', 'Place'],
      ['都柏林', 'Place'],
      ['于丹', 'Person'],
      ['李慧敏', 'Person'],
    ] as const) {
      expect(notANameBecause(name, label), name).toBeUndefined();
    }
  });

  it('refuses two names joined as one, and a list whose last member is a bare word', () => {
    expect(notANameBecause('环保促进会与香港理工大学', 'Organization')).toBe('two names joined');
    expect(notANameBecause('领域与中环和联盟', 'Organization')).toBe('a list, not a name');
  });

  it('judges 《》 titles leniently: the writer marked them as names', () => {
    expect(notANameBecause('如何参与市场对话指南', 'Document', true)).toBeUndefined();
    expect(notANameBecause('2023年循环电子年度报告', 'Document', true)).toBeUndefined();
    expect(discoverCandidates('伙伴关系发布了《2023年循环电子年度报告》。', new Gazetteer([])).map((c) => c.name)).toContain('2023年循环电子年度报告');
  });
});
