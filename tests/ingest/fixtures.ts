import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SEED_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../seed/briefings');

export const SEED = {
  y2017: 'cec-international-cooperation-2017-no4.txt',
  y2018: 'cec-international-cooperation-2018-q1.txt',
  y2020: 'cec-international-cooperation-2020-no2.txt',
  y2021: 'one-planet-spp-briefing-2021-no3.txt',
} as const;

export function seedFiles(): string[] {
  return readdirSync(SEED_DIR).filter((f) => f.endsWith('.txt')).sort();
}

export function seedBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(SEED_DIR, name)));
}

export function seedText(name: string): string {
  return readFileSync(path.join(SEED_DIR, name), 'utf8');
}

let gbkTable: Map<string, number[]> | undefined;

/**
 * Text -> GBK bytes. Node can decode GB18030 but not encode it, so the table is built by
 * decoding every two-byte GBK sequence once; characters outside GBK are refused.
 */
export function encodeGbk(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gb18030');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\ufffd' && !gbkTable.has(ch)) gbkTable.set(ch, [lead, trail]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = gbkTable.get(ch);
      if (!bytes) throw new Error(`no GBK code for ${JSON.stringify(ch)}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

export function encodeUtf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const le = Buffer.from((bom ? '\ufeff' : '') + text, 'utf16le');
  if (order === 'be') le.swap16();
  return new Uint8Array(le);
}

/** Non-whitespace characters of a text, in order. */
export function ink(text: string): string {
  return text.replace(/\s+/g, '');
}
