import { createHash, hash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';
import { ID_PREFIX, type EntityLabel } from './ontology.js';
import { foldName } from './fold.js';

// Ids are `<type>:<slug>` and must not depend on which briefing named the thing first:
// they are computed only from the entity's canonical names, which the resolver fixes before
// ids are minted.

const MAX_SLUG = 64;
const HAN = /\p{Script=Han}/u;

// A build hashes every relationship's id: crypto.hash (Node 20.12+) skips the Hash object.
const sha256Hex: (text: string) => string = typeof hash === 'function' ? (text) => hash('sha256', text, 'hex') : (text) => createHash('sha256').update(text).digest('hex');

export function shortHash(text: string, length = 8): string {
  return sha256Hex(text).slice(0, length);
}

/** Lower-case ASCII words joined by '-'; non-Latin characters are dropped. */
export function latinSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\+/g, ' plus ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Pinyin syllables without tones, joined by '-'; Latin runs kept as words. */
// Romanisation is the slowest step of minting an id, and the same names come back (an event
// reported in every issue, an entity in every briefing): remember them, within bounds.
const pinyinSlugs = new Map<string, string>();

export function pinyinSlug(text: string): string {
  let slug = pinyinSlugs.get(text);
  if (slug === undefined) {
    const syllables = pinyin(text.normalize('NFKC'), { toneType: 'none', type: 'array', nonZh: 'consecutive' });
    slug = latinSlug(syllables.join(' '));
    if (pinyinSlugs.size >= 100_000) pinyinSlugs.clear();
    pinyinSlugs.set(text, slug);
  }
  return slug;
}

function capped(slug: string, seed: string): string {
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG - 9).replace(/-[^-]*$/, '');
  return `${cut}-${shortHash(seed)}`;
}

/**
 * The slug for a name set: the English name (or abbreviation) when there is one, otherwise the
 * pinyin of the Chinese name, otherwise a short hash of the name.
 */
export function slugFor(names: { nameEn?: string | undefined; nameZh?: string | undefined; name: string }): string {
  const seed = foldName(names.name);
  const english = names.nameEn ? latinSlug(names.nameEn) : '';
  if (english) return capped(english, seed);
  const chinese = names.nameZh ?? (HAN.test(names.name) ? names.name : undefined);
  if (chinese) {
    const slug = pinyinSlug(chinese);
    if (slug) return capped(slug, seed);
  }
  const latin = latinSlug(names.name);
  if (latin) return capped(latin, seed);
  return shortHash(seed);
}

export function entityId(label: EntityLabel, slug: string): string {
  return `${ID_PREFIX[label]}:${slug}`;
}

/** Deterministic id for a relationship: its type, ends and the properties that tell two apart. */
export function relationshipId(type: string, start: string, end: string, discriminator = ''): string {
  return `${type.toLowerCase()}:${shortHash(`${type}|${start}|${end}|${discriminator}`, 12)}`;
}
