import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer, type HttpServer } from '../../src/api/index.js';
import { runTimeline } from '../../src/cli/timelineCommand.js';
import { parseBrowserStyle } from '../../src/explore/browserStyle.js';
import { periodEnd, periodStart } from '../../src/explore/timelineChart.js';
import { woffToSfnt } from '../../src/explore/woffToSfnt.js';
import { openMemoryStore } from '../../src/store/memory/index.js';
import { projectRoot, seedGraph } from '../support/seedGraph.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

const require = createRequire(import.meta.url);

describe('the CJK font for PNG', () => {
  it('turns a WOFF file of the font package into an sfnt with the same tables', () => {
    const dir = path.join(path.dirname(require.resolve('@fontsource/noto-sans-sc/package.json')), 'files');
    const woff = readFileSync(path.join(dir, 'noto-sans-sc-100-400-normal.woff'));
    const sfnt = woffToSfnt(woff, 'slice 100');
    expect(sfnt.readUInt32BE(0)).toBe(woff.readUInt32BE(4)); // flavour: TrueType or CFF
    const tables = sfnt.readUInt16BE(4);
    expect(tables).toBe(woff.readUInt16BE(12));
    // Every table entry points inside the file, and the total length is what WOFF says.
    for (let i = 0; i < tables; i++) {
      const at = 12 + i * 16;
      expect(sfnt.readUInt32BE(at + 8) + sfnt.readUInt32BE(at + 12)).toBeLessThanOrEqual(sfnt.length);
    }
    expect(sfnt.length).toBe(woff.readUInt32BE(16));
  });

  it('names a file that is not WOFF', () => {
    expect(() => woffToSfnt(Buffer.from('not a font at all, just text for the header'), 'notes.txt')).toThrow('notes.txt is not a WOFF 1.0 font');
  });
});

describe('the Browser style', () => {
  it('gives each label the colour schema/neo4j/browser-style.grass gives it', () => {
    const styles = parseBrowserStyle(readFileSync(path.join(projectRoot, 'schema/neo4j/browser-style.grass'), 'utf8'));
    expect(styles.Organization).toMatchObject({ color: '#4C8EDA', borderColor: '#2870C2', diameter: 60 });
    expect(styles.Person?.color).toBe('#F79767');
    expect(styles['*']?.color).toBe('#A5ABB6');
  });
});

describe('timeline periods', () => {
  it('spans a year, a month or a day as the date says', () => {
    expect(periodEnd('2017') - periodStart('2017')).toBe(365 * 86_400_000);
    expect(periodEnd('2017-02') - periodStart('2017-02')).toBe(28 * 86_400_000);
    expect(periodEnd('2017-10-08') - periodStart('2017-10-08')).toBe(86_400_000);
  });
});

describe('kg timeline --format svg|png', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'kg-timeline-'));
  let snapshot: string;
  beforeAll(async () => {
    snapshot = (await seedGraph()).out;
  });

  it('draws CEC\'s last quarter of 2017 as an SVG naming every event with its date', async () => {
    const file = path.join(out, 'cec.svg');
    expect(await runTimeline(['--entity', '中环联合', '--from', '2017-10', '--to', '2017-12', '--format', 'svg', '--out', file, '--snapshot', snapshot])).toBe(0);
    const svg = readFileSync(file, 'utf8');
    expect(svg).toMatch(/^<svg/);
    expect(svg).toContain('Timeline: 中环联合认证中心 (2017-10 to 2017-12)');
    expect(svg).toContain('全球环境标志网络组织（GEN）2017年会 · 斯德哥尔摩');
    expect(svg).toContain('2017-10-08..13');
    expect(svg).toContain("font-family:'Noto Sans SC', sans-serif");
  });

  it('draws the same as a PNG, wider than tall, with the bundled font', async () => {
    const file = path.join(out, 'cec.png');
    expect(await runTimeline(['--entity', 'CEC', '--from', '2017-10', '--to', '2017-12', '--format', 'png', '--out', file, '--snapshot', snapshot])).toBe(0);
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBe(2400);
    expect(height).toBeGreaterThan(400);
    expect(height).toBeLessThan(width);
  });

  it('refuses an unknown format naming the choices', async () => {
    await expect(runTimeline(['--entity', 'CEC', '--format', 'gif', '--snapshot', snapshot])).rejects.toThrow('--format is "gif"; expected md, csv, json, svg or png');
  });
});

describe('/explore on kg serve', () => {
  let server: HttpServer;
  let origin: string;
  beforeAll(async () => {
    server = await startHttpServer({ store: await openMemoryStore((await seedGraph()).out, { watch: false }), port: 0, host: '127.0.0.1', log: () => undefined });
    origin = new URL(server.url).origin;
  });
  afterAll(() => server.close());

  it('serves the page, which loads only its own bundled assets', async () => {
    const res = await fetch(`${origin}/explore`);
    expect(res.status).toBe(200);
    const html = await res.text();
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.filter((r) => r !== 'data:,').every((r) => r.startsWith('/explore/assets/'))).toBe(true);
    for (const ref of refs.filter((r) => r.startsWith('/'))) expect((await fetch(`${origin}${ref}`)).status).toBe(200);
    const css = await (await fetch(`${origin}/explore/assets/explore-style.css`)).text();
    expect(css).toContain('Noto Sans SC');
    expect(css).not.toMatch(/url\((?:https?:)?\/\//);
    const js = await (await fetch(`${origin}/explore/assets/explore.js`)).text();
    expect(js).not.toMatch(/https?:\/\/(?:cdn|fonts\.googleapis|unpkg|jsdelivr)/);
  });

  it('serves the font slices and nothing outside its bundle', async () => {
    const css = await (await fetch(`${origin}/explore/assets/explore-style.css`)).text();
    const font = /url\("?\.\/(fonts\/[^")]+\.woff2)"?\)/.exec(css)![1]!;
    const res = await fetch(`${origin}/explore/assets/${font}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('font/woff2');
    expect((await fetch(`${origin}/explore/assets/..%2F..%2F..%2Fpackage.json`)).status).toBe(404);
    expect((await fetch(`${origin}/explore/assets/nothing.js`)).status).toBe(404);
  });
});
