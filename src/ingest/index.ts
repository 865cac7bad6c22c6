// The ingest stage: bytes -> normalised briefing text -> articles and metadata.
export { IngestError } from './IngestError.js';
export { decodeBriefing } from './decodeBriefing.js';
export type { DecodedText, TextEncoding } from './decodeBriefing.js';
export { normaliseText } from './normaliseText.js';
export { segmentArticles } from './segmentArticles.js';
export type { ArticleSpan } from './segmentArticles.js';
export { readBriefingMeta } from './readBriefingMeta.js';
export type { BriefingMeta } from './readBriefingMeta.js';
export { ingestBriefing } from './ingestBriefing.js';
export type { IngestedBriefing } from './ingestBriefing.js';
export { listBriefingFiles } from './listBriefingFiles.js';
