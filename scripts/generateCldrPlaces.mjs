// Development-time generator: countries, territories and world cities with their Chinese names,
// taken from Unicode CLDR rather than typed by hand. Run `npm run seed:cldr` after upgrading the
// cldr-* devDependencies; the output is committed, so `kg build` never needs the packages.
//
// Sources (all CLDR 48, from the npm packages of the same names):
//   cldr-localenames-full  territory names in zh, zh-Hant and en (alt-short / alt-variant forms too)
//   cldr-dates-full        time-zone exemplar cities in zh, zh-Hant and en
//   cldr-bcp47             each time zone's country (the BCP 47 zone key starts with its ISO code)
//   cldr-core              territory containment (UN M49), to place a country in its continent
//
// Writes seed/gazetteer/places.cldr.json: the territories and cities the hand-kept places.json
// does not have, each with "source". Entries of places.json that CLDR also names get "source" and
// CLDR's other Chinese forms (traditional characters, short and variant names) as aliases; only
// those lines of places.json change, and running the generator again changes nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const handFile = `${root}seed/gazetteer/places.json`;
const outFile = `${root}seed/gazetteer/places.cldr.json`;

const version = require('cldr-localenames-full/package.json').version;
const territoriesOf = (locale) => require(`cldr-localenames-full/main/${locale}/territories.json`).main[locale].localeDisplayNames.territories;
const zonesOf = (locale) => require(`cldr-dates-full/main/${locale}/timeZoneNames.json`).main[locale].dates.timeZoneNames.zone;
const containment = require('cldr-core/supplemental/territoryContainment.json').supplemental.territoryContainment;
const bcp47Zones = require('cldr-bcp47/bcp47/timezone.json').keyword.u.tz;

const SOURCE_TERRITORY = (code) => `Unicode CLDR ${version} (npm cldr-localenames-full), territory ${code}: names in zh, zh-Hant and en`;
const SOURCE_CITY = (zone) => `Unicode CLDR ${version} (npm cldr-dates-full, cldr-bcp47), time zone ${zone}: exemplar city in zh, zh-Hant and en`;

// Codes that are groupings or placeholders, not places: the EU, the eurozone, the UN, outlying
// Oceania, pseudo-locales, unknown.
const NOT_A_PLACE = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);
// M49 regions to the continents places.json already has (a country's "in").
const CONTINENT = { '002': 'place:africa', '142': 'place:asia', '150': 'place:europe', '009': 'place:oceania', '021': 'place:north-america', '013': 'place:central-america', '029': 'place:caribbean', '005': 'place:south-america' };
const HAN = /\p{Script=Han}/gu;
// Zones named for an island, a peninsula or a region rather than a city, which the BCP 47
// descriptions do not always say (Tahiti, Madeira, Sakhalin, Efate; 乌拉尔 reads as the Urals).
const NOT_A_CITY = new Set(['Pacific/Tahiti', 'Atlantic/Madeira', 'Asia/Sakhalin', 'Pacific/Efate', 'Asia/Oral', 'Atlantic/Azores', 'Atlantic/Faeroe', 'Atlantic/Bermuda']);
// Cities whose Chinese name means something else first: kept as names, never matched alone.
const MEANS_OTHER_FIRST = new Set(['达尔文', '巴伊亚']);

/** The English name as an id slug, accents dropped (São Tomé → sao-tome). */
function slug(english) {
  return english.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/&/g, 'and').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** The continent (an id in places.json) a territory lies in, by walking M49 containment upward. */
function continentOf(code) {
  const parents = (c) => Object.entries(containment).filter(([k, v]) => !k.includes('-status') && !v._grouping && v._contains.includes(c)).map(([k]) => k);
  const queue = [code];
  for (const c of queue) {
    if (CONTINENT[c]) return CONTINENT[c];
    if (c === 'QO' || c === 'AQ') return undefined; // "outlying Oceania" holds Atlantic islands too
    queue.push(...parents(c));
  }
  return undefined;
}

/**
 * Whether a Chinese name may be matched alone in free text. Two-character names are often words
 * or parts of words (万象 "all things", 达尔文 is a person first): a city of two characters is kept
 * as a name for resolution but never matched alone. Countries are matched from two characters.
 */
const hanCount = (name) => (name.match(HAN) ?? []).length;

// The hand-kept places, one entry per line; the generator keeps that layout when it edits one.
const handLines = readFileSync(handFile, 'utf8').split('\n');
const handEntries = handLines.map((line) => (line.trim().startsWith('{') ? JSON.parse(line.trim().replace(/,$/, '')) : undefined));
const hand = handEntries.filter(Boolean);
const handById = new Map(hand.map((e) => [e.id, e]));
const handByName = new Map();
for (const e of hand) for (const n of [e.name, e.nameZh, e.nameEn, ...e.aliases]) if (n) handByName.set(n, e);

const zh = territoriesOf('zh');
const hant = territoriesOf('zh-Hant');
const en = territoriesOf('en');

/** The hand entry for a CLDR place: same id, else same Chinese name (and not another kind of thing). */
function handMatch(id, names, kinds) {
  const byId = handById.get(id);
  if (byId) return byId;
  for (const n of names) {
    const e = handByName.get(n);
    if (e && kinds.includes(e.kind)) return e;
  }
  return undefined;
}

const generated = [];
const enriched = new Map();
// Who owns each name form (compared without case and spaces, as the matcher does): a CLDR form
// that already names another place (多米尼加 is the Dominican Republic, and Dominica in zh-Hant)
// is left out rather than made ambiguous.
const key = (name) => name.toLowerCase().replace(/\s+/g, '');
const owner = new Map();
const claim = (id, names) => names.forEach((n) => n && !owner.has(key(n)) && owner.set(key(n), id));
for (const e of hand) claim(e.id, [e.name, e.nameZh, e.nameEn, ...e.aliases]);
const free = (id) => (name) => !owner.has(key(name)) || owner.get(key(name)) === id;
/** Adds CLDR's source and name forms to a hand entry. */
function enrich(entry, source, forms) {
  const e = enriched.get(entry.id) ?? structuredClone(entry);
  e.source ??= source;
  const have = new Set([e.name, e.nameZh, e.nameEn, ...e.aliases]);
  for (const f of forms) if (f && hanCount(f) >= 2 && !have.has(f) && free(e.id)(f)) (e.aliases.push(f), have.add(f), claim(e.id, [f]));
  enriched.set(entry.id, e);
}

// Territories: two-letter codes only (numeric codes are regions, and places.json keeps its own).
const placeOfCode = new Map();
for (const code of Object.keys(zh).filter((c) => /^[A-Z]{2}$/.test(c) && !NOT_A_PLACE.has(c)).sort()) {
  const variants = (names) => Object.entries(names).filter(([k]) => k.startsWith(`${code}-alt-`)).map(([, v]) => v);
  const zhForms = [zh[code], ...variants(zh)];
  const hantForms = [hant[code], ...variants(hant)].filter((f) => f && !zhForms.includes(f));
  const english = en[code];
  const id = `place:${slug(english)}`;
  const existing = handMatch(id, [...zhForms, english], ['country', 'territory', 'region']);
  if (existing) {
    enrich(existing, SOURCE_TERRITORY(code), [...zhForms, ...hantForms]);
    placeOfCode.set(code, existing.id);
    continue;
  }
  if (![zh[code], english].every(free(id))) continue; // its name already means another place: a person decides
  const aliases = [...new Set([english, ...variants(en), ...zhForms.slice(1), ...hantForms])].filter((f) => f !== zh[code] && free(id)(f));
  claim(id, [zh[code], ...aliases]);
  const entry = { id, name: zh[code], nameZh: zh[code], nameEn: english, aliases, kind: 'territory', source: SOURCE_TERRITORY(code) };
  const continent = continentOf(code);
  if (continent) entry.in = continent;
  generated.push(entry);
  placeOfCode.set(code, id);
}

// Cities: each time zone's exemplar city, in the country its BCP 47 key names.
const zhZones = zonesOf('zh');
const hantZones = zonesOf('zh-Hant');
const enZones = zonesOf('en');
const at = (zones, path) => path.reduce((o, k) => o?.[k], zones)?.exemplarCity;
const territoryNames = new Set(Object.values(zh));
const seenCity = new Set();
for (const [key, value] of Object.entries(bcp47Zones).sort(([a], [b]) => (a < b ? -1 : 1))) {
  const zone = value._alias?.split(' ')[0];
  const path = zone?.split('/');
  // Area/City only: Etc/ and the three-part US and Argentine zones (America/Indiana/Knox) are no cities.
  if (!path || path.length !== 2 || ['Etc', 'Antarctica', 'Arctic'].includes(path[0])) continue;
  const code = key.slice(0, 2).toUpperCase();
  const country = placeOfCode.get(code);
  const name = at(zhZones, path);
  if (!country || !name || seenCity.has(name)) continue;
  // A city-state's zone is named for the country (新加坡, 科威特); islands and island groups are not cities.
  if (territoryNames.has(name) || /岛$|群岛$/.test(name) || hanCount(name) < 2) continue;
  seenCity.add(name);
  const english = at(enZones, path) ?? value._description?.split(',')[0] ?? path[1].replace(/_/g, ' ');
  // Island and peninsula zones, and zones of a territory that is one island (Antigua, Saint Kitts).
  if (NOT_A_CITY.has(zone) || /\b(Islands?|Archipelago|Peninsula)\b/.test(`${english} ${value._description}`) || !value._description?.includes(',')) continue;
  const traditional = at(hantZones, path);
  const id = `place:${slug(english)}`;
  const existing = handMatch(id, [name, english], ['city']);
  if (existing) {
    enrich(existing, SOURCE_CITY(zone), [name, traditional]);
    continue;
  }
  if (handById.has(id) || generated.some((g) => g.id === id) || ![name, english].every(free(id))) continue; // the same id or name for another place: a person decides
  const aliases = [...new Set([english, traditional])].filter((f) => f && f !== name && free(id)(f));
  claim(id, [name, ...aliases]);
  const entry = { id, name, nameZh: name, nameEn: english, aliases };
  if (hanCount(name) === 2 || MEANS_OTHER_FIRST.has(name)) entry.noMatch = [name];
  Object.assign(entry, { kind: 'city', source: SOURCE_CITY(zone), in: country });
  generated.push(entry);
}

/** One entry on one line, in places.json's layout: `{"id": "…", "aliases": ["a", "b"]}`. */
function line(entry) {
  const value = (v) => (Array.isArray(v) ? `[${v.map((x) => JSON.stringify(x)).join(', ')}]` : JSON.stringify(v));
  return `{${Object.entries(entry).map(([k, v]) => `${JSON.stringify(k)}: ${value(v)}`).join(', ')}}`;
}
function file(entries) {
  return `[\n${entries.map((e) => `  ${line(e)}`).join(',\n')}\n]\n`;
}

// Hand entries keep their key order; "source" goes last.
const rewritten = handLines.map((text, i) => {
  const e = handEntries[i];
  const changed = e && enriched.get(e.id);
  if (!changed) return text;
  const { source, ...rest } = changed;
  return `  ${line({ ...rest, source })}${text.trimEnd().endsWith(',') ? ',' : ''}`;
});
// --check: exit 1 when the committed files are not what the packages give (a test runs this).
if (process.argv.includes('--check')) {
  const stale = [[handFile, rewritten.join('\n')], [outFile, file(generated)]].filter(([f, text]) => readFileSync(f, 'utf8') !== text);
  for (const [f] of stale) console.error(`${f} is not what scripts/generateCldrPlaces.mjs makes of CLDR ${version}; run npm run seed:cldr`);
  process.exit(stale.length ? 1 : 0);
}
writeFileSync(handFile, rewritten.join('\n'));
writeFileSync(outFile, file(generated));
console.log(`places.json: ${enriched.size} entries confirmed by CLDR; places.cldr.json: ${generated.length} entries (${generated.filter((g) => g.kind === 'city').length} cities)`);
