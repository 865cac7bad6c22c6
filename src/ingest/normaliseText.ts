import { joinColumnLines, readColumnLayout } from './columnLines.js';
import { DATE_LINE } from './newsItemAnchors.js';
import { stripPageFurniture } from './pageFurniture.js';
import { dropPinyinGlosses } from './pinyinGlosses.js';
import {
  DATE_START,
  HAS_URL,
  LIST_START,
  MARKUP_LINE,
  SENTENCE_END,
  URL_LINE,
  displayWidth,
  isCjk,
  unclosedBrackets,
} from './textShape.js';

/** A line this wide (in ideograph units) was filled to the margin: it is part of a paragraph. */
const FULL_LINE_WIDTH = 70;

/**
 * Undo PDF line wrapping and nothing else: every character of the result except line breaks
 * and the spaces put between joined Latin words comes from the input in order, so sentences
 * quoted from it are verbatim. A web page's pinyin glosses (環(huán)境) go, as line breaks do. Trailing whitespace goes, wrapped lines are joined, and
 * paragraphs end up separated by exactly one blank line.
 */
export function normaliseText(raw: string): string {
  // a form feed is pdftotext's page break: a line of its own until page furniture is found
  const lines = dropPinyinGlosses(foldFullWidthAlphanumerics(raw)).replace(/\r\n?|[\u2028\u2029]/g, '\n').replace(/\f/g, '\n\f\n').split('\n');
  const physical = stripPageFurniture(lines).map((l) => l.replace(/\f/g, ''));
  const trailingSpaceMarksLineEnds = usesTrailingSpaceConvention(physical);
  const columns = trailingSpaceMarksLineEnds ? undefined : readColumnLayout(physical);
  if (columns) return tidy(joinColumnLines(columns));
  const out: string[] = [];
  let current: string | undefined;
  let lastPhysical = '';

  for (let i = 0; i < physical.length; i++) {
    const line = physical[i]!;
    if (line.trim() === '') {
      if (current !== undefined) {
        // a blank line closes the paragraph unless the line before it was wrapped
        const next = nextContentLine(physical, i);
        if (next !== undefined && isWrapped(lastPhysical, next, trailingSpaceMarksLineEnds)) continue;
        out.push(current, '');
        current = undefined;
      }
      continue;
    }
    if (current === undefined) {
      current = line.trimEnd();
    } else if (isWrapped(lastPhysical, line, trailingSpaceMarksLineEnds)) {
      current = glue(current, line.trim());
    } else {
      out.push(current);
      current = line.trimEnd();
    }
    lastPhysical = line;
  }
  if (current !== undefined) out.push(current);
  return tidy(out);
}

/**
 * Full-width digits and Latin letters (２０２１年, ＵＮＥＰ), as some fonts map them, read as the
 * ASCII ones every date and name pattern expects. One character for one, so offsets hold; full-width
 * punctuation, which the briefings use on purpose, stays.
 */
function foldFullWidthAlphanumerics(text: string): string {
  return text.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** One blank line at most between paragraphs, none at either end, a line break at the end. */
function tidy(lines: string[]): string {
  // a news item's date line is a paragraph of its own, between its headline and its story
  lines = lines.flatMap((l) => (DATE_LINE.test(l.trim()) ? ['', l, ''] : [l]));
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '').replace(/\n+$/, '') + '\n';
}

function nextContentLine(lines: string[], from: number): string | undefined {
  for (let j = from + 1; j < lines.length; j++) if (lines[j]!.trim() !== '') return lines[j];
  return undefined;
}

/**
 * Some PDF exports (the 2018 briefing) end every real line (paragraph ends, headings) with a
 * space and every wrapped line with none. A document follows that convention when a fair share
 * of its lines carry a trailing space and a fair share do not.
 */
function usesTrailingSpaceConvention(lines: string[]): boolean {
  let content = 0;
  let trailing = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    content++;
    if (/[ \t\u3000\u00a0]$/.test(line)) trailing++;
  }
  return content >= 10 && trailing >= content * 0.15 && trailing <= content * 0.85;
}

/** Does `line` continue on `next`? Both are physical lines as found in the input. */
function isWrapped(line: string, next: string, trailingSpaceConvention: boolean): boolean {
  const head = line.trim();
  const tail = next.trim();
  if (head === '' || tail === '') return false;
  if (URL_LINE.test(line) || URL_LINE.test(next)) return false;
  if (MARKUP_LINE.test(line) || MARKUP_LINE.test(next)) return false;
  // a word hyphenated at the line's end goes on in the next line
  if (SOFT_HYPHEN_END.test(head) && /^[a-z]/.test(tail)) return true;
  if (LIST_START.test(next)) return false;
  if (/^\s{2,}/.test(next)) return false; // an indented line opens a paragraph
  // asked last: counting brackets scans the line once per kind of bracket
  const open = () => !SENTENCE_END.test(head) && unclosedBrackets(head) > 0;
  if (trailingSpaceConvention) {
    return !/\s$/.test(line) || open();
  }
  if (SENTENCE_END.test(head)) return false;
  if (DATE_START.test(tail)) return false;
  // the rest of a cut sentence runs on to a full stop or fills lines itself; a title does neither
  if (!/[。！？；]|[.!?;](?:\s|$)/.test(tail) && displayWidth(tail) < FULL_LINE_WIDTH) return false;
  if (open()) return true;
  return displayWidth(head) >= FULL_LINE_WIDTH && !HAS_URL.test(tail.slice(0, 12));
}

/** A Latin word cut by a hyphen at the line's end ("Environ-"). */
const SOFT_HYPHEN_END = /[A-Za-z]{2}-$/;

/** CJK meets CJK (or Latin) with nothing between; two Latin words get one space back; a hyphenated word is whole again. */
function glue(left: string, right: string): string {
  if (SOFT_HYPHEN_END.test(left) && /^[a-z]/.test(right)) return left.slice(0, -1) + right;
  const a = left.at(-1);
  const b = right[0];
  if (isCjk(a) || isCjk(b)) return left + right;
  return `${left} ${right}`;
}
