import * as OpenCC from 'opencc-js';

// Briefings come in traditional characters too (Hong Kong's and Taiwan's eco-label bodies, news
// items from the web). The reader's names, patterns and gazetteer are simplified: it reads a
// simplified view of the text, character for character the same length, so every offset and
// every quote still points into the text as the source wrote it.

type Convert = (text: string) => string;
let converters: Convert[] | undefined;

function convertersToSimplified(): Convert[] {
  // Hong Kong and Taiwan standards differ in a few variants; either way to mainland simplified
  converters ??= [OpenCC.Converter({ from: 'hk', to: 'cn' }), OpenCC.Converter({ from: 'tw', to: 'cn' })];
  return converters;
}

/**
 * The text in simplified characters with the same length and offsets, or undefined when it has
 * no traditional characters. A conversion that would change the length (a phrase table mapping
 * two characters to one) is replaced by converting character by character.
 */
export function simplifiedView(text: string): string | undefined {
  let view = text;
  for (const convert of convertersToSimplified()) {
    const next = convert(view);
    view = next.length === view.length ? next : byCharacter(view, convert);
  }
  return view === text ? undefined : view;
}

function byCharacter(text: string, convert: Convert): string {
  let out = '';
  for (const ch of text) {
    const c = convert(ch);
    out += c.length === ch.length ? c : ch;
  }
  return out;
}
