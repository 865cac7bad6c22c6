import { describe, expect, it } from 'vitest';
import { IngestError, decodeBriefing } from '../../src/ingest/index.js';
import { SEED, encodeGbk, encodeUtf16, seedBytes, seedText } from './fixtures.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const PARAGRAPH = '财政部国库支付中心副主任郭方明表示，财政部与环保部联合推出的环境标志产品政府采购制度，是两部委联合推动引领绿色消费的典范。';

function errorOf(fn: () => unknown): IngestError {
  try {
    fn();
  } catch (e) {
    if (e instanceof IngestError) return e;
    throw e;
  }
  throw new Error('expected an IngestError');
}

describe('decodeBriefing', () => {
  it('reads a seed briefing as plain UTF-8', () => {
    const decoded = decodeBriefing(seedBytes(SEED.y2017), SEED.y2017);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe(seedText(SEED.y2017));
    expect(decoded.warnings).toEqual([]);
  });

  it('drops a UTF-8 byte order mark and reports the encoding as utf-8-bom', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('国际合作简报\n')]);
    const decoded = decodeBriefing(bytes, 'bom.txt');
    expect(decoded).toEqual({ text: '国际合作简报\n', encoding: 'utf-8-bom', warnings: [] });
  });

  it.each([
    ['le', true, 'utf-16le'],
    ['be', true, 'utf-16be'],
    ['le', false, 'utf-16le'],
    ['be', false, 'utf-16be'],
  ] as const)('reads UTF-16%s (BOM: %s) as %s, by its mark or by where the NUL bytes fall', (order, bom, encoding) => {
    const text = seedText(SEED.y2021);
    const decoded = decodeBriefing(encodeUtf16(text, order, bom), 'u16.txt');
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(text);
  });

  it('reads GBK bytes as GB18030: the bytes D6D0 BBB7 … are 中环联合认证中心', () => {
    const bytes = new Uint8Array([0xd6, 0xd0, 0xbb, 0xb7, 0xc1, 0xaa, 0xba, 0xcf, 0xc8, 0xcf, 0xd6, 0xa4, 0xd6, 0xd0, 0xd0, 0xc4]);
    expect(decodeBriefing(bytes, 'gbk.txt')).toEqual({ text: '中环联合认证中心', encoding: 'gb18030', warnings: [] });
  });

  it('reads a real briefing paragraph saved as GBK with Windows line ends', () => {
    const decoded = decodeBriefing(encodeGbk(`国际合作简报\r\n\r\n${PARAGRAPH}\r\n`), 'gbk.txt');
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text).toBe(`国际合作简报\n\n${PARAGRAPH}\n`);
  });

  it('turns CRLF and lone CR line ends into LF', () => {
    expect(decodeBriefing(utf8('一\r\n二\r三\n'), 'crlf.txt').text).toBe('一\n二\n三\n');
  });

  it('keeps a UTF-8 file cut inside its last character, drops the partial character and names its byte offset', () => {
    const whole = utf8('中环联合认证中心');
    const decoded = decodeBriefing(whole.subarray(0, whole.length - 1), 'cut.txt');
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe('中环联合认证中');
    expect(decoded.warnings).toHaveLength(1);
    expect(decoded.warnings[0]).toContain('byte offset 21');
  });

  it('keeps a UTF-16 file cut inside its last code unit and says where', () => {
    const whole = encodeUtf16('国际合作简报\n', 'le', true);
    const decoded = decodeBriefing(whole.subarray(0, whole.length - 1), 'cut16.txt');
    expect(decoded.encoding).toBe('utf-16le');
    expect(decoded.text).toBe('国际合作简报');
    expect(decoded.warnings).toEqual([expect.stringContaining(`byte offset ${whole.length - 2}`)]);
  });

  it('drops a lone leading surrogate left at the end of a BOM-less UTF-16BE file', () => {
    const whole = encodeUtf16('Green Seal 绿色印章 𠀀', 'be', false);
    const decoded = decodeBriefing(whole.subarray(0, whole.length - 2), 'cut16be.txt');
    expect(decoded.encoding).toBe('utf-16be');
    expect(decoded.text).toBe('Green Seal 绿色印章 ');
    expect(decoded.warnings).toHaveLength(1);
  });

  it('refuses invalid UTF-8 in the middle of a file rather than dropping bytes', () => {
    const bytes = new Uint8Array([...utf8('Ökologie '), 0xe4, 0xb8, ...utf8(' café'), 0xe9, 0x20]);
    const e = errorOf(() => decodeBriefing(bytes, 'mixed.txt'));
    expect(e.file).toBe('mixed.txt');
    expect(e.message).toMatch(/^mixed\.txt: .*expected UTF-8, UTF-16 or GB18030 text/);
  });

  it('refuses Latin-1 text, which is neither UTF-8 nor Chinese in GB18030', () => {
    const latin1 = new Uint8Array([...'Umweltzeichen f'].map((c) => c.charCodeAt(0)).concat([0xfc, 0x72, 0x20, 0x4b, 0xe4, 0x73, 0x65]));
    expect(() => decodeBriefing(latin1, 'latin1.txt')).toThrow(/latin1\.txt: .*expected UTF-8, UTF-16 or GB18030 text/);
  });

  it('refuses bytes that decode as GB18030 but read as noise', () => {
    // valid GBK pairs, but all from the rarely used GBK extension blocks (lead 0x81..0xA0)
    const noise: number[] = [];
    for (let i = 0; i < 200; i++) noise.push(0x81 + (i % 32), 0x40 + ((i * 7) % 63));
    expect(() => decodeBriefing(new Uint8Array(noise), 'noise.txt')).toThrow(IngestError);
  });

  it.each([
    ['no bytes at all', new Uint8Array()],
    ['whitespace only', utf8('  \r\n\t\n  ')],
    ['a BOM and nothing else', new Uint8Array([0xef, 0xbb, 0xbf])],
  ])('calls a file with %s empty', (_, bytes) => {
    expect(() => decodeBriefing(bytes, 'empty.txt')).toThrow("empty.txt: is empty; expected a briefing's text");
  });

  it('calls a PNG image binary', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0]);
    expect(() => decodeBriefing(png, 'cover.png')).toThrow('cover.png: looks binary; expected UTF-8, UTF-16 or GB18030 text');
  });

  it('calls text full of control characters binary even without NUL bytes', () => {
    const bytes = new Uint8Array(Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? 0x01 + (i % 7) : 0x41 + (i % 26))));
    expect(() => decodeBriefing(bytes, 'ctl.bin')).toThrow('ctl.bin: looks binary; expected UTF-8, UTF-16 or GB18030 text');
  });
});
