import { PUBLISHES, wordsOf } from '../lexicon/triggerVerbs.js';
import { PROVENANCE } from '../provenance.js';
import type { ReadingRule } from './ruleKit.js';
import { cleanName } from '../discover.js';
import { mentionsOf, type Mention, type SentenceContext } from '../sentenceContext.js';
import { ORG, emit, sentenceDate, coordinated, nameGoesOn } from './ruleKit.js';

const PUBLISHING_VERB = new RegExp(wordsOf(PUBLISHES), 'u');
/** The stretch before a work that ends in a publishing verb: its publisher is in it. */
const PUBLISHED_BEFORE = new RegExp(`([^，。；]{0,40})(?:${wordsOf(PUBLISHES)})(?:了|的)?[^，。；]{0,12}$`, 'u');

function publishing(ctx: SentenceContext): void {
  const text = ctx.text;
  const works = mentionsOf(ctx, ['Document', 'Standard']);
  // "该指南由…荷兰基础设施与环境部牵头": the document the article is about.
  const anaphor = text.match(/^(?:该|本|此)(?:指南|报告|标准|准则)[^，。]{0,4}由([^，。；]{2,60}?)(牵头|制订|制定|编制|发布)/u);
  const topic = ctx.article.topic?.Document;
  if (works.length === 0 && anaphor && topic) {
    const s = anaphor.index! + anaphor[0].indexOf(anaphor[1]!);
    // "该指南由X牵头编写": X leads the writing; who issues the guide is another statement.
    const writing = anaphor[2] === '牵头' && /^(?:编写|撰写|起草)/u.test(text.slice(anaphor.index! + anaphor[0].length));
    for (const o of mentionsOf(ctx, ORG, s, s + anaphor[1]!.length).slice(-1)) {
      if (!writing) emit(ctx, 'PUBLISHED', o, topic, { date: sentenceDate(ctx) }, PROVENANCE.publishedByTopic);
      emit(ctx, 'CONTRIBUTED_TO', o, topic, { role: 'lead' }, PROVENANCE.ledByTopic);
    }
  }
  if (works.length === 0) return;
  // "《产品可持续性信息提供指南 (…)》(UNEP & ITC 2017)": a citation after the title names its authors and year.
  if (/\d{4}\s*[）)]/u.test(text)) {
    for (const w of works) {
      const cite = text.slice(w.end).match(/^(?:\s*[（(][^（）()]*[）)])?[》”\s]*[（(]([^（）()]{2,60}?)[,，]?\s*((?:19|20)\d{2})\s*[）)]/u);
      if (!cite) continue;
      const from = w.end + text.slice(w.end).indexOf(cite[1]!);
      for (const o of mentionsOf(ctx, ORG, from, from + cite[1]!.length)) emit(ctx, 'PUBLISHED', o, w, { date: cite[2] }, PROVENANCE.citedAuthors);
    }
  }
  // X(…)发布(了|的)?《Doc》, X制定了《Doc》, 《Doc》由X(组织)?制订/牵头/编制
  for (const w of works) {
    // "发布可持续发展目标（SDG）12.7.1-…方法学": the text goes on spelling a longer name; the work is that, not the mention.
    if (nameGoesOn(ctx, w)) continue;
    // "编制《A》和《B》": B follows the verb through A.
    const head = coordinated(ctx, w, ['Document', 'Standard'])[0] ?? w;
    const before = text.slice(0, head.start);
    // The verb is looked for first: the pattern itself backtracks over every start.
    const pre = PUBLISHING_VERB.test(before) ? before.match(PUBLISHED_BEFORE) : null;
    if (pre) {
      const s = before.length - pre[0].length;
      // "可持续公共采购计划组织编制《…》": a programme's document is part of it.
      const programme = mentionsOf(ctx, ['Project'], s, w.start).pop();
      if (programme && /组织|编制|制定/u.test(pre[0])) emit(ctx, 'PART_OF', w, programme, {}, PROVENANCE.programmeDocument);
      const orgs = mentionsOf(ctx, ORG, s, w.start);
      const publisher = orgs[orgs.length - 1];
      // "“同一个地球网络”消费者信息计划发布《…》": the programme named after the body issues it; the
      // document is the programme's. "A网络下设的B小组发布《…》": the unit, not A, is the publisher.
      if (publisher && programme && programme.start >= publisher.end && /^[\s“”"]*$/u.test(text.slice(publisher.end, programme.start))) {
        emit(ctx, 'PART_OF', w, programme, {}, PROVENANCE.programmeDocument);
        continue;
      }
      if (publisher && /^\s*(?:[（(][^（）()]*[）)])?\s*(?:下设|下属|旗下|所属)?的/u.test(text.slice(publisher.end))) continue;
      // "表示该局将与两家机构合作编制《…》": what a body means to do is not yet done.
      if (publisher && /将|拟|准备|争取|希望|打算|预计/u.test(text.slice(publisher.end, w.start))) continue;
      if (publisher) {
        for (const o of coordinated(ctx, publisher, ORG)) emit(ctx, 'PUBLISHED', o, w, { date: sentenceDate(ctx) }, PROVENANCE.published);
        continue;
      }
    }
    const post = text.slice(w.end).match(/^[^。；]{0,20}?由([^。；]{2,60}?)(?:组织)?(?:制订|制定|编制|发布|牵头|发起|组织编制|负责)/u);
    if (post) {
      // "《A》是…“B决议”的一个内容，该指南由X牵头": 该指南 is A, not the B just before it.
      const anaphor = (/(?:该|本|此)$/u.test(text.slice(0, w.start)) ? cleanName(w.text) : undefined) ?? post[0].match(/(?:该|本|此)(指南|报告|标准|准则|宪章|文件)/u)?.[1];
      const target = anaphor ? referentOf(ctx, works, anaphor) : w.key;
      if (!target) continue;
      const s = w.end + text.slice(w.end).indexOf(post[1]!);
      // "由X牵头编写": X leads the writing; who issues the document is another statement.
      const writing = /牵头$/u.test(post[0]) && /^(?:编写|撰写|起草)/u.test(text.slice(w.end + post.index! + post[0].length));
      for (const o of mentionsOf(ctx, ORG, s, s + post[1]!.length)) {
        if (writing) {
          emit(ctx, 'CONTRIBUTED_TO', o, target, { role: 'lead' }, PROVENANCE.ledBy);
          continue;
        }
        emit(ctx, 'PUBLISHED', o, target, { date: sentenceDate(ctx) }, PROVENANCE.publishedBy);
        // Who leads or drafts a document also contributes to it, as its lead.
        if (/牵头|编制|制定|制订/u.test(post[0])) emit(ctx, 'CONTRIBUTED_TO', o, target, { role: 'lead' }, PROVENANCE.ledBy);
      }
    }
  }
}

/** What "该指南" refers to: the first guide the sentence names outright, else the document the article is about. */
function referentOf(ctx: SentenceContext, works: Mention[], word: string): string | undefined {
  const named = works.find((x) => !/(?:该|本|此)$/u.test(ctx.text.slice(0, x.start)) && ctx.registry.canonicalName(ctx.registry.peek(x.key)!).endsWith(word));
  return named?.key ?? ctx.article.topic?.Document;
}

/**
 * Rule `publishing`.
 * Reads: X发布/制定《Y》, 《Y》由X制订/牵头, (authors year) citations, 该指南由X….
 * Emits: PUBLISHED, CONTRIBUTED_TO lead, PART_OF a programme.
 * Skips: none.
 */
export const publishingRule: ReadingRule = { name: 'publishing', read: (ctx) => publishing(ctx) };
