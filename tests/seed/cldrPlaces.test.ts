import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/extract/gazetteer.js';
import { readJson, SEED_DIR, type GazetteerEntry } from './seedData.js';

// seed/gazetteer/places.cldr.json and the "source" of places.json's countries and cities come
// from scripts/generateCldrPlaces.mjs, which reads Unicode CLDR from the cldr-* devDependencies.

const generator = fileURLToPath(new URL('../../scripts/generateCldrPlaces.mjs', import.meta.url));
const gazetteer = await loadGazetteer(SEED_DIR);
const placesFound = (sentence: string) => gazetteer.matcher.findAll(sentence).map((m) => m.value.id).filter((id) => id.startsWith('place:'));

describe('places from CLDR', () => {
  it('are what the generator makes of the installed CLDR packages', () => {
    // exits 1 naming the stale file when the committed data and CLDR disagree
    expect(() => execFileSync(process.execPath, [generator, '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('cite CLDR on every generated entry and on the hand-kept countries CLDR names', () => {
    const generated = readJson('gazetteer/places.cldr.json') as GazetteerEntry[];
    expect(generated.length).toBeGreaterThan(200);
    expect(generated.filter((e) => !/^Unicode CLDR \d+/.test(e.source ?? '')).map((e) => e.id)).toEqual([]);
    const countries = (readJson('gazetteer/places.json') as GazetteerEntry[]).filter((e) => e.kind === 'country');
    expect(countries.filter((e) => !e.source?.startsWith('Unicode CLDR')).map((e) => e.id)).toEqual([]);
  });

  it('finds world cities the briefings never name, each in its country', () => {
    expect(placesFound('代表团先后访问了布达佩斯、卢布尔雅那和第比利斯。')).toEqual(['place:budapest', 'place:ljubljana', 'place:tbilisi']);
    expect(gazetteer.byId.get('place:ljubljana')?.in).toBe('place:slovenia');
  });

  it('knows traditional-character names where CLDR gives them', () => {
    expect(placesFound('該會議在斯德哥爾摩舉行，義大利代表出席。')).toEqual(['place:stockholm', 'place:italy']);
  });

  it('never matches a two-character city name alone, since many are words too', () => {
    expect(placesFound('这份报告内容包罗万象。')).toEqual([]);
    expect(gazetteer.lookup('万象').map((e) => e.id)).toEqual(['place:vientiane']);
  });
});
