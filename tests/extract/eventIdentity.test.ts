import { describe, expect, it } from 'vitest';
import { foldName } from '../../src/graph/index.js';
import { sameEvent, type EventBucketEntry } from '../../src/extract/eventIdentity.js';

// Two reports in one identity bucket (same start date and kind) are one event only when
// something besides the date joins them: an alike name, a shared place or a shared party.

const entry = (name: string, places: string[], parties: string[] = []): EventBucketEntry => ({
  key: `Event|2019-05-21-${name}`,
  name: foldName(name),
  places: new Set(places),
  parties: new Set(parties),
});

describe('sameEvent', () => {
  it('does not join two meetings of one day that share nothing but the date', () => {
    const nordic = entry('北欧部长理事会环境标志工作会议', []);
    expect(sameEvent(nordic, 'meeting', foldName('韩国环境产业技术院董事会议'), new Set(), undefined, new Set(['Organization|keiti']))).toBe(false);
  });

  it('joins reports that share a place, a party, or names that hold each other', () => {
    const forum = entry('东盟绿色采购论坛', ['Place|kuala-lumpur'], ['Organization|asean']);
    expect(sameEvent(forum, 'forum', foldName('论坛开幕式'), new Set(['Place|kuala-lumpur']))).toBe(true);
    expect(sameEvent(forum, 'forum', foldName('部长级对话'), new Set(), undefined, new Set(['Organization|asean']))).toBe(true);
    expect(sameEvent(forum, 'forum', foldName('第三届东盟绿色采购论坛'), new Set(['Place|bangkok']))).toBe(true);
  });

  it('keeps two places apart: a meeting in 北京 and another in 曼谷', () => {
    const beijing = entry('绿色采购研讨会', ['Place|beijing'], ['Organization|a']);
    expect(sameEvent(beijing, 'workshop', foldName('生态标签培训研讨会'), new Set(['Place|bangkok']), undefined, new Set(['Organization|b']))).toBe(false);
  });

  it('never joins a talk with the meeting it was held during', () => {
    const meeting = entry('亚洲生态标签论坛', ['Place|bangkok']);
    expect(sameEvent(meeting, 'forum', foldName('亚洲生态标签论坛'), new Set(['Place|bangkok']), meeting.key)).toBe(false);
  });
});
