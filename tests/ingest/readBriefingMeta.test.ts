import { describe, expect, it } from 'vitest';
import { IngestError, normaliseText, readBriefingMeta } from '../../src/ingest/index.js';
import { SEED, seedText } from './fixtures.js';

const metaOf = (file: string) => readBriefingMeta(normaliseText(seedText(file)), file);

describe('readBriefingMeta', () => {
  it('reads the 2017 cover: title, issue, publisher and its department', () => {
    expect(metaOf(SEED.y2017)).toEqual({
      title: '国际合作简报',
      issue: '2017年第四期',
      year: 2017,
      publishedOn: '2017',
      publisher: '中环联合认证中心',
      department: '研发部',
    });
  });

  it('derives the 2018 issue from "第一季度工作内容" and the year its reports are dated in', () => {
    const meta = metaOf(SEED.y2018);
    expect(meta).toMatchObject({ title: '第一季度工作内容', issue: '2018年第一季度', year: 2018, publisher: '中环联合认证中心' });
    // the text never states when it was published
    expect(meta.publishedOn).toBeUndefined();
  });

  it('joins the 2020 year and issue number printed on separate lines, and keeps the cover subtitle as series', () => {
    expect(metaOf(SEED.y2020)).toEqual({
      title: '国际合作简报',
      issue: '2020年第二期',
      year: 2020,
      publishedOn: '2020',
      publisher: '中环联合认证中心',
      department: '研发部',
      series: '合作方动态追踪',
    });
  });

  it('reads the One Planet title split over two lines and the compiler named in its closing line', () => {
    expect(metaOf(SEED.y2021)).toMatchObject({
      title: '同一个地球网络可持续公共采购计划简报',
      issue: '2021年第3期 总第5期',
      year: 2021,
      publishedOn: '2021',
      publisher: '中环联合认证中心',
    });
  });

  it('reads a cover it has not seen before', () => {
    const text = '环境标志动态简报\n\n2019年第2期\n\n中国环境科学学会 秘书处\n\n目录\n\n第一条新闻\n';
    expect(readBriefingMeta(text, 'new.txt')).toEqual({
      title: '环境标志动态简报',
      issue: '2019年第2期',
      year: 2019,
      publishedOn: '2019',
      publisher: '中国环境科学学会',
      department: '秘书处',
    });
  });

  it('falls back to the first line as title and the year most dates fall in when the cover says nothing', () => {
    const text = '绿色采购动态\n\n2019年3月5日，某机构发布了指南。2019年4月1日，另一机构跟进。2018年12月1日的旧闻。\n';
    expect(readBriefingMeta(text, 'plain.txt')).toEqual({ title: '绿色采购动态', year: 2019 });
  });

  it('refuses a text with nothing in it, naming the file', () => {
    expect(() => readBriefingMeta('\n\n', 'blank.txt')).toThrow(IngestError);
    expect(() => readBriefingMeta('\n\n', 'blank.txt')).toThrow(/^blank\.txt: /);
  });
});
