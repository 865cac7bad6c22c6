import { createHash } from 'node:crypto';
import { decodeBriefing, type TextEncoding } from './decodeBriefing.js';
import { normaliseText } from './normaliseText.js';
import { readBriefingMeta, type BriefingMeta } from './readBriefingMeta.js';
import { segmentArticles, type ArticleSpan } from './segmentArticles.js';

export interface IngestedBriefing {
  file: string;
  /** Of the raw bytes, so a re-encoded copy of the same briefing is a different input. */
  sha256: string;
  encoding: TextEncoding;
  /** The normalised text; article offsets and evidence quotes refer to it. */
  text: string;
  meta: BriefingMeta;
  articles: ArticleSpan[];
  warnings: string[];
}

/** Bytes of one briefing -> its normalised text, metadata and articles. */
export function ingestBriefing(bytes: Uint8Array, file: string): IngestedBriefing {
  const decoded = decodeBriefing(bytes, file);
  const text = normaliseText(decoded.text);
  return {
    file,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    encoding: decoded.encoding,
    text,
    meta: readBriefingMeta(text, file),
    articles: segmentArticles(text),
    warnings: decoded.warnings,
  };
}
