import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extract/dates.js';

const first = (text: string, year?: number) => {
  const d = findDates(text, year)[0];
  return d && { start: d.start, end: d.end, precision: d.precision };
};

describe('dates in the forms the briefings use', () => {
  it('reads a day range written with a dash and a repeated 日', () => {
    expect(first('2017年11月21日-28日，环境发展中心党委书记周能福一行应邀出访比利时和德国')).toEqual({ start: '2017-11-21', end: '2017-11-28', precision: 'day' });
  });
  it('reads a range written with 至 and a single 日', () => {
    expect(first('2020年1月17至18日，国合会绿色转型与可持续社会治理专题政策研究')).toEqual({ start: '2020-01-17', end: '2020-01-18', precision: 'day' });
    expect(first('于2017年10月8日至13日在瑞典斯德哥尔摩召开')).toEqual({ start: '2017-10-08', end: '2017-10-13', precision: 'day' });
  });
  it('reads a web page\'s date line with a half-width colon and a time, but no date inside a URL', () => {
    expect(first('日期:2021/06/04 15:02:28')).toEqual({ start: '2021-06-04', end: undefined, precision: 'day' });
    expect(first('發佈時間:2023-11-07 09:00')).toEqual({ start: '2023-11-07', end: undefined, precision: 'day' });
    expect(findDates('见 http://example.org/news/2021/06/04/item.html')).toEqual([]);
  });
  it('takes the year of a month-day date from context and says so', () => {
    const [d] = findDates('11月29日，“创新引领 助推绿色生产和消费”论坛', 2017);
    expect(d).toMatchObject({ start: '2017-11-29', precision: 'day', inferredYear: true });
  });
  it('leaves a month-day date alone when no year is known', () => {
    expect(findDates('11月29日，论坛在北京举办')).toEqual([]);
  });
  it('reads dotted dates with the precision they give', () => {
    expect(first('1、2018.01：中环联合将可持续生产与消费方面的活动信息上传')).toEqual({ start: '2018-01', end: undefined, precision: 'month' });
    expect(first('第一个“世界环境标志日”将于 2018. 10.25 启动')).toEqual({ start: '2018-10-25', end: undefined, precision: 'day' });
  });
  it('keeps an open start (起) and spaces inside PDF-extracted dates', () => {
    expect(findDates('计划于2021年9月21日起，“同一个地球网络”启用新门户网站')[0]).toMatchObject({ start: '2021-09-21', from: true });
    expect(first('2018 年 3月 6日，中日友好环境保护中心任勇主任会见')).toEqual({ start: '2018-03-06', end: undefined, precision: 'day' });
  });
  it('never invents a day or a month', () => {
    expect(first('2014年1月本项目获得GEF秘书处确认')).toEqual({ start: '2014-01', end: undefined, precision: 'month' });
    expect(first('自 1999年第一次发布')).toEqual({ start: '1999', end: undefined, precision: 'year' });
    expect(first('2021年5月至10月期间，该工作组面向SPP计划征集')).toEqual({ start: '2021-05', end: '2021-10', precision: 'month' });
    expect(first('中国承诺在2016-2018年再拨款600万美元')).toEqual({ start: '2016', end: '2018', precision: 'year' });
  });
  it('rejects impossible dates', () => {
    expect(findDates('2017年2月30日')).toEqual([expect.objectContaining({ start: '2017-02', precision: 'month' })]);
  });
});
