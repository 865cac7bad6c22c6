import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { EntityNode } from '../graph/index.js';

// Larger corpora made from the seed briefings. Copy 0 of each briefing is the briefing itself;
// every further copy renames the organisations and people the seed graph found in it and shifts
// its years, so a build of the corpus meets many more distinct entities than the seed has and
// its resolver has to tell them apart and merge their short forms, as it would with new issues.

// Two pools of 10 give 100 distinct two-character stems for organisations, one per copy.
const STEM_A = [...'东南西北中新宁安泰和'];
const STEM_B = [...'江山海川原林州阳平城'];
const STEM_A_EN = ['East', 'South', 'West', 'North', 'Central', 'New', 'Calm', 'Safe', 'Grand', 'Harmony'];
const STEM_B_EN = ['River', 'Hill', 'Sea', 'Stream', 'Plain', 'Forest', 'Isle', 'Sun', 'Field', 'Town'];
const ACRONYM_TAIL = [...'ABCDEFGHJK'];
// Characters for generated given names; a person keeps the surname and gets a new given name.
const GIVEN = [...'安北辰丹东芳峰刚国海浩华慧佳建杰静俊凯兰乐磊丽林玲敏明娜宁鹏平琪强秋荣瑞珊涛婷伟文霞翔欣星雪燕阳颖勇宇玉云哲志智'];

const HAN_ONLY = /^\p{Script=Han}+$/u;
const LATIN_WORDS = /^[A-Za-z][A-Za-z&'.\- ]*[A-Za-z.]$/;
const ACRONYM = /^[A-Z][A-Z0-9]{1,7}$/;

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** The name of an organisation or person as it is written in copy `copy` (1..99). */
export function variantName(name: string, label: 'Organization' | 'Person', copy: number): string | undefined {
  const a = copy % 10;
  const b = Math.floor(copy / 10) % 10;
  if (label === 'Person') {
    if (!HAN_ONLY.test(name) || name.length < 2 || name.length > 4) return undefined;
    const h = hash(`${name}#${copy}`);
    const given = Array.from({ length: name.length - 1 }, (_, i) => GIVEN[(h >>> (i * 8)) % GIVEN.length]!).join('');
    return name[0] + given;
  }
  if (HAN_ONLY.test(name)) {
    // Replacing the front (not adding a prefix) keeps the gazetteer's name from matching inside.
    if (name.length < 4) return undefined;
    return STEM_A[a]! + STEM_B[b]! + name.slice(2);
  }
  if (ACRONYM.test(name)) return name + ACRONYM_TAIL[a]! + ACRONYM_TAIL[b]!;
  if (LATIN_WORDS.test(name) && name.includes(' ')) {
    const rest = name.slice(name.indexOf(' ') + 1);
    return `${STEM_A_EN[a]}${STEM_B_EN[b]!.toLowerCase()} ${rest}`;
  }
  return undefined;
}

export interface Renaming {
  pattern: RegExp | undefined;
  names: Map<string, string>;
}

/** One regular expression over every varied name, longest first, and the map it applies. */
export function renamingFor(entities: readonly EntityNode[], copy: number): Renaming {
  const names = new Map<string, string>();
  for (const e of entities) {
    if (e.label !== 'Organization' && e.label !== 'Person') continue;
    const p = e.properties;
    for (const name of [p.name, p.nameZh, p.nameEn, ...p.aliases]) {
      if (!name || names.has(name)) continue;
      const variant = variantName(name, e.label, copy);
      if (variant && variant !== name) names.set(name, variant);
    }
  }
  if (names.size === 0) return { pattern: undefined, names };
  const escaped = [...names.keys()].sort((x, y) => y.length - x.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Latin names only on word boundaries, so "GEN" is not renamed inside "GENERAL".
  const alternatives = escaped.map((n) => (/^[A-Za-z]/.test(n) ? `(?<![A-Za-z])${n}(?![A-Za-z])` : n));
  return { pattern: new RegExp(alternatives.join('|'), 'g'), names };
}

/** Renames entities and shifts four-digit years (1990-2039) by `years`. */
export function varyText(text: string, renaming: Renaming, years: number): string {
  const renamed = renaming.pattern ? text.replace(renaming.pattern, (m) => renaming.names.get(m) ?? m) : text;
  return renamed.replace(/(?<![0-9])(19[9][0-9]|20[0-3][0-9])(?![0-9])/g, (y) => String(Number(y) + years));
}

export interface CorpusOptions {
  briefingsDir: string;
  /** The graph built from the seed briefings: whose names get varied. */
  entities: readonly EntityNode[];
  /** How many copies of each briefing, the first being the original. */
  copies: number;
  outDir: string;
}

export interface Corpus {
  dir: string;
  files: number;
  bytes: number;
}

export async function generateCorpus(options: CorpusOptions): Promise<Corpus> {
  if (!Number.isInteger(options.copies) || options.copies < 1 || options.copies > 100) {
    throw new Error(`copies is ${options.copies}; expected a whole number 1..100 (the variant stems run out at 100)`);
  }
  await mkdir(options.outDir, { recursive: true });
  const sources = (await readdir(options.briefingsDir)).filter((f) => f.endsWith('.txt')).sort();
  if (sources.length === 0) throw new Error(`${options.briefingsDir} has no .txt briefings; expected the seed briefings`);
  const texts = await Promise.all(sources.map((f) => readFile(path.join(options.briefingsDir, f), 'utf8')));
  let bytes = 0;
  let files = 0;
  for (let copy = 0; copy < options.copies; copy++) {
    const renaming = copy === 0 ? { pattern: undefined, names: new Map<string, string>() } : renamingFor(options.entities, copy);
    for (const [i, file] of sources.entries()) {
      const text = copy === 0 ? texts[i]! : varyText(texts[i]!, renaming, copy % 20);
      const name = `copy${String(copy).padStart(3, '0')}-${file}`;
      const content = Buffer.from(text, 'utf8');
      await writeFile(path.join(options.outDir, name), content);
      bytes += content.length;
      files++;
    }
  }
  return { dir: options.outDir, files, bytes };
}
