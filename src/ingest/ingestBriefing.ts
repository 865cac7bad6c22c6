import { createHash } from 'node:crypto';
import { decodeBriefing, type TextEncoding } from './decodeBriefing.js';
import { normaliseText } from './normaliseText.js';
import { readBriefingMeta, type BriefingMeta } from './readBriefingMeta.js';
import { segmentArticles, type ArticleSpan } from './segmentArticles.js';
import { readingView } from './readingView.js';

export interface IngestedBriefing {
  file: string;
  /** Of the raw bytes, so a re-encoded copy of the same briefing is a different input. */
  sha256: string;
  encoding: TextEncoding;
  /** The normalised text; article offsets and evidence quotes refer to it. */
  text: string;
  /**
   * The normalised text in simplified characters and with the full-width punctuation of Chinese
   * prose, the same length with the same offsets, when the briefing is written in traditional
   * characters or with half-width commas: names and patterns are matched in it, quotes taken from
   * `text`.
   */
  readingText?: string;
  meta: BriefingMeta;
  articles: ArticleSpan[];
  warnings: string[];
}

/** Bytes of one briefing -> its normalised text, metadata and articles. */
export function ingestBriefing(bytes: Uint8Array, file: string): IngestedBriefing {
  const decoded = decodeBriefing(bytes, file);
  const text = normaliseText(decoded.text);
  const reading = readingView(text);
  const view = reading ?? text;
  return {
    file,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    encoding: decoded.encoding,
    text,
    ...(reading === undefined ? {} : { readingText: reading }),
    meta: readBriefingMeta(view, file),
    articles: segmentArticles(view),
    warnings: decoded.warnings,
  };
}
