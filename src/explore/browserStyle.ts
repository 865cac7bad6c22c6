// Node colours of Neo4j Browser's style file (schema/neo4j/browser-style.grass), so the page's
// network looks like the analysts' Browser. Read at build time and put into the bundle.

export interface LabelStyle {
  color: string;
  borderColor: string;
  textColor: string;
  diameter: number;
}

/** `node.Label { color: #...; border-color: ...; }` blocks by label; `node` alone is the default ('*'). */
export function parseBrowserStyle(grass: string): Record<string, LabelStyle> {
  const styles: Record<string, LabelStyle> = {};
  // Captions hold braces inside quotes ("{name}"), so a block runs to the first unquoted '}'.
  const block = /^\s*node(?:\.([A-Za-z_]\w*))?\s*\{((?:[^{}"]|"[^"]*")*)\}/gm;
  let fallback: LabelStyle = { color: '#A5ABB6', borderColor: '#9AA1AC', textColor: '#FFFFFF', diameter: 50 };
  for (let m = block.exec(grass); m; m = block.exec(grass)) {
    const props = new Map<string, string>();
    for (const line of m[2]!.split(';')) {
      const at = line.indexOf(':');
      if (at > 0) props.set(line.slice(0, at).trim(), line.slice(at + 1).trim());
    }
    const base = m[1] ? (styles['*'] ?? fallback) : fallback;
    const style: LabelStyle = {
      color: props.get('color') ?? base.color,
      borderColor: props.get('border-color') ?? base.borderColor,
      textColor: props.get('text-color-internal') ?? base.textColor,
      diameter: Number.parseFloat(props.get('diameter') ?? '') || base.diameter,
    };
    if (m[1]) styles[m[1]] = style;
    else styles['*'] = fallback = style;
  }
  if (!styles['*']) throw new Error('the Browser style has no `node { ... }` block; expected the default node style first');
  return styles;
}
