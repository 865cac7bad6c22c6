import { IngestError } from './IngestError.js';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  warnings: string[];
}

const BINARY = "looks binary; expected UTF-8, UTF-16 or GB18030 text";
const EMPTY = "is empty; expected a briefing's text";

/**
 * Bytes -> text with line ends unified to LF. The encoding is detected, never assumed:
 * BOM, then the NUL pattern of BOM-less UTF-16, then strict UTF-8, then strict GB18030
 * accepted only when the result reads as Chinese text.
 */
export function decodeBriefing(bytes: Uint8Array, file: string): DecodedText {
  if (bytes.length === 0) throw new IngestError(file, EMPTY);
  const warnings: string[] = [];
  let text: string;
  let encoding: TextEncoding;

  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    encoding = 'utf-8-bom';
    text = decodeUtf8(bytes.subarray(3), 3, file, warnings);
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    encoding = 'utf-16le';
    text = decodeUtf16('utf-16le', bytes.subarray(2), 2, file, warnings);
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    encoding = 'utf-16be';
    text = decodeUtf16('utf-16be', bytes.subarray(2), 2, file, warnings);
  } else {
    const utf16 = guessUtf16(bytes);
    if (utf16) {
      encoding = utf16;
      text = decodeUtf16(utf16, bytes, 0, file, warnings);
    } else {
      if (bytes.includes(0)) throw new IngestError(file, BINARY);
      const utf8 = tryUtf8(bytes, 0, warnings);
      if (utf8 !== undefined) {
        encoding = 'utf-8';
        text = utf8;
      } else {
        const gb = tryDecode('gb18030', bytes);
        if (gb === undefined || !looksLikeChineseText(bytes, gb)) {
          throw new IngestError(file, looksLikeControlNoise(bytes) ? BINARY : 'is neither valid UTF-8 nor readable GB18030 Chinese text; expected UTF-8, UTF-16 or GB18030 text');
        }
        encoding = 'gb18030';
        text = gb;
      }
    }
  }

  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new IngestError(file, EMPTY);
  if (countControls(text) > Math.max(2, text.length * 0.01)) throw new IngestError(file, BINARY);
  return { text, encoding, warnings };
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function decodeUtf8(bytes: Uint8Array, base: number, file: string, warnings: string[]): string {
  const text = tryUtf8(bytes, base, warnings);
  if (text === undefined) throw new IngestError(file, 'has a UTF-8 byte order mark but is not valid UTF-8; expected UTF-8 text after the mark');
  return text;
}

/**
 * Strict UTF-8. A file cut off inside its last character (a PDF tool or a copy that stopped
 * short) is still worth reading: drop the partial character and say where it was.
 */
function tryUtf8(bytes: Uint8Array, base: number, warnings: string[]): string | undefined {
  const whole = tryDecode('utf-8', bytes);
  if (whole !== undefined) return whole;
  const cut = incompleteTail(bytes);
  if (cut === 0) return undefined;
  const head = tryDecode('utf-8', bytes.subarray(0, bytes.length - cut));
  if (head === undefined) return undefined;
  const offset = base + bytes.length - cut;
  warnings.push(`truncated UTF-8: dropped an incomplete ${cut}-byte character at byte offset ${offset}`);
  return head;
}

/** Length of an unfinished multi-byte sequence at the very end (0 when there is none). */
function incompleteTail(bytes: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const b = bytes[bytes.length - back]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead byte
    const need = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 0;
    return need > back ? back : 0;
  }
  return 0;
}

function tryDecode(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Strict UTF-16. As with UTF-8, a file cut short keeps what it has: a final odd byte or a
 * lone leading surrogate at the very end is dropped with a warning.
 */
function decodeUtf16(label: 'utf-16le' | 'utf-16be', bytes: Uint8Array, base: number, file: string, warnings: string[]): string {
  let body = bytes.subarray(0, bytes.length - (bytes.length % 2));
  const last = body.length >= 2 ? (label === 'utf-16le' ? body[body.length - 1]! : body[body.length - 2]!) : 0;
  if (last >= 0xd8 && last <= 0xdb) body = body.subarray(0, body.length - 2);
  const text = tryDecode(label, body);
  if (text === undefined) throw new IngestError(file, `is not valid ${label.toUpperCase()}; expected UTF-8, UTF-16 or GB18030 text`);
  if (body.length < bytes.length) {
    warnings.push(`truncated ${label.toUpperCase()}: dropped an incomplete character at byte offset ${base + body.length}`);
  }
  return text;
}

/**
 * BOM-less UTF-16 shows itself by NULs: ASCII characters (line ends, digits, spaces) put a zero
 * byte on one side of each code unit. Most Chinese code units have no NUL, so look at the share
 * of NULs by parity rather than expect every other byte to be zero.
 */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  // most files have no NUL at all: one native search says so
  if (bytes.length < 4 || !bytes.includes(0)) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  const units = bytes.length / 2;
  // some ideographs (一 U+4E00) have a zero byte too, so the other parity is rare, not absent
  if (odd > units * 0.02 && even * 4 < odd) return 'utf-16le';
  if (even > units * 0.02 && odd * 4 < even) return 'utf-16be';
  return undefined;
}

function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0x7f;
}

function countControls(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) n++;
  return n;
}

function looksLikeControlNoise(bytes: Uint8Array): boolean {
  let n = 0;
  for (const b of bytes) if (isControl(b)) n++;
  return n > Math.max(2, bytes.length * 0.01);
}

/**
 * GB18030 decodes almost any byte string, so a successful decode proves nothing. Real Chinese
 * text keeps its two-byte characters inside the GB2312 block (common hanzi and CJK punctuation,
 * lead and trail bytes 0xA1..0xFE) and has next to no four-byte or private-use characters;
 * random or mis-encoded bytes scatter over the whole code space.
 */
function looksLikeChineseText(bytes: Uint8Array, text: string): boolean {
  let pairs = 0;
  let common = 0;
  let rare = 0;
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i]!;
    if (lead < 0x81) continue;
    const trail = bytes[i + 1] ?? 0;
    if (trail >= 0x30 && trail <= 0x39) {
      rare++; // four-byte sequence: outside GBK, unusual in prose
      i += 3;
      continue;
    }
    pairs++;
    if (lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1 && trail <= 0xfe) common++;
    i++;
  }
  let privateUse = 0;
  let ideographs = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0xe000 && c <= 0xf8ff) || c >= 0xf0000) privateUse++;
    else if (c >= 0x4e00 && c <= 0x9fff) ideographs++;
  }
  const multi = pairs + rare;
  return ideographs > 0 && multi > 0 && common >= multi * 0.9 && privateUse <= multi * 0.01;
}
