import type { ArticleNode } from '../graph/types.js';
import type { FactDraft } from './facts.js';
import type { NameMatcher } from './nameMatcher.js';
import type { EntityRegistry } from './registry.js';
import { foldCompact } from '../graph/fold.js';

// A table of contents that groups articles under "<Network>成员" (members of the network)
// states that the organisation each listed article is about belongs to that network.

export function readSectionMembership(front: string, frontOffset: number, articles: ArticleNode[], matcher: NameMatcher<string>, registry: EntityRegistry): FactDraft[] {
  const out: FactDraft[] = [];
  const lines = front.split('\n');
  let network: string | undefined;
  let heading = '';
  for (const raw of lines) {
    const line = raw.replace(/^[#\s>*\-◇]+/u, '').trim();
    if (!line) continue;
    const section = line.match(/^(.{2,30}?)(?:成员|成员动态|成员机构)$/u);
    if (section) {
      const m = matcher.findAll(section[1]!).find((x) => x.start === 0 && x.end === section[1]!.length && registry.get(x.value)?.label === 'Organization');
      network = m?.value;
      heading = line;
      continue;
    }
    if (/^---|^CONTENTS$|^目\s*录$/u.test(line) || /^#{1,3}\s/u.test(raw.trim()) && !raw.trim().startsWith('###')) {
      if (/^---/u.test(line)) network = undefined;
      continue;
    }
    if (!network) continue;
    const article = articles.find((a) => a.order > 0 && foldCompact(a.title) === foldCompact(line));
    const titleLine = article ? line : undefined;
    if (!titleLine) continue;
    const member = matcher.findAll(line).find((x) => registry.get(x.value)?.label === 'Organization');
    if (!member) continue;
    out.push({
      type: 'MEMBER_OF',
      from: member.value,
      to: network,
      props: {},
      method: 'pattern:member-section',
      confidence: 0.7,
      evidence: `${heading}`,
    });
    out.push({ type: 'MEMBER_OF', from: member.value, to: network, props: {}, method: 'pattern:member-section', confidence: 0.7, evidence: raw.trim() });
  }
  void frontOffset;
  return out;
}
