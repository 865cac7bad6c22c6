// Event words, one table: the word an event's name ends in and the kind of event it is (the
// ontology's kinds: meeting, forum, conference, workshop, review, summit, exhibition, ceremony).
// Discovery takes a phrase ending in a word marked `nameEnding` as an event's name; the event
// reader finds events by every word here and gives each the kind of its longest ending.
// 大会 is a conference (an assembly of many parties), 交流会 and 边会 are meetings (an exchange
// between a few, a side meeting of a larger event): the name endings and the event reader once
// disagreed on these three.

export interface EventWord {
  word: string;
  kind: string;
  /** Whether a phrase ending in the word is taken as an Event's name when discovering entities. */
  nameEnding: boolean;
}

export const EVENT_WORDS: readonly EventWord[] = [
  { word: '全体会议', kind: 'meeting', nameEnding: true },
  { word: '理事会议', kind: 'meeting', nameEnding: false },
  { word: '年会', kind: 'meeting', nameEnding: true },
  { word: '大会', kind: 'conference', nameEnding: true },
  { word: '研讨会', kind: 'workshop', nameEnding: true },
  { word: '培训会', kind: 'workshop', nameEnding: true },
  { word: '培训班', kind: 'workshop', nameEnding: true },
  { word: '工作坊', kind: 'workshop', nameEnding: true },
  { word: '座谈会', kind: 'meeting', nameEnding: true },
  { word: '分享会', kind: 'meeting', nameEnding: true },
  { word: '交流会', kind: 'meeting', nameEnding: true },
  { word: '评审会', kind: 'review', nameEnding: true },
  { word: '博览会', kind: 'exhibition', nameEnding: true },
  { word: '展览会', kind: 'exhibition', nameEnding: true },
  { word: '峰会', kind: 'summit', nameEnding: true },
  { word: '论坛', kind: 'forum', nameEnding: true },
  { word: '边会', kind: 'meeting', nameEnding: true },
  { word: '会议', kind: 'meeting', nameEnding: true },
  { word: '会谈', kind: 'meeting', nameEnding: false },
  { word: '仪式', kind: 'ceremony', nameEnding: true },
  // Ceremonies and gatherings of news items: award ceremonies and their dinners, openings, a
  // body's founding, launches and presentations. 启动会 and 发布会 launch something (a meeting
  // where it is launched); 颁奖礼 and 典礼 are ceremonies whatever they crown.
  { word: '颁奖典礼', kind: 'ceremony', nameEnding: true },
  { word: '颁奖礼', kind: 'ceremony', nameEnding: true },
  { word: '典礼', kind: 'ceremony', nameEnding: true },
  { word: '开幕式', kind: 'ceremony', nameEnding: false },
  { word: '闭幕式', kind: 'ceremony', nameEnding: false },
  { word: '晚宴', kind: 'ceremony', nameEnding: false },
  { word: '招待会', kind: 'ceremony', nameEnding: true },
  { word: '启动会', kind: 'meeting', nameEnding: false },
  { word: '发布会', kind: 'meeting', nameEnding: false },
  { word: '推介会', kind: 'meeting', nameEnding: true },
  { word: '说明会', kind: 'meeting', nameEnding: true },
  { word: '对话会', kind: 'meeting', nameEnding: true },
  { word: '研讨班', kind: 'workshop', nameEnding: true },
  { word: '展会', kind: 'exhibition', nameEnding: true },
  // Lectures and talks given to an audience (线上公益讲座).
  { word: '讲座', kind: 'workshop', nameEnding: true },
];

const LONGEST_FIRST = [...EVENT_WORDS].sort((a, b) => b.word.length - a.word.length);

/** Every event word as alternatives of a pattern, longest first. */
export const EVENT_WORD_PATTERN = LONGEST_FIRST.map((e) => e.word).join('|');

/** The kind of an event by the word its name ends in, else `fallback`. */
export function eventKindOf(name: string, fallback: string): string {
  return LONGEST_FIRST.find((e) => name.endsWith(e.word))?.kind ?? fallback;
}
