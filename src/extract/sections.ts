import { unmarkedQuote } from '../graph/index.js';
import type { FactDraft } from './facts.js';
import { SECTION_MEMBERSHIP } from './provenance.js';
import type { NameMatcher } from './nameMatcher.js';
import type { EntityRegistry } from './registry.js';

// A table of contents that groups articles under "<Network>成员" (members of the network)
// states that the organisation each listed article is about belongs to that network. The fact is
// read from the contents' structure, not from a sentence: its method is structure:section, and
// its evidence the section heading and the listed title, each without its layout marks.

export function readSectionMembership(front: string, matcher: NameMatcher<string>, registry: EntityRegistry): FactDraft[] {
  const out: FactDraft[] = [];
  const lines = front.split('\n');
  let network: string | undefined;
  let heading = '';
  for (const raw of lines) {
    if (/^\s*(?:---+|#{1,2}\s)/u.test(raw)) {
      // A rule or a higher heading closes the section.
      network = undefined;
      continue;
    }
    const line = raw.replace(/^[#\s>*\-◇]+/u, '').trim();
    if (!line) continue;
    const section = line.match(/^(.{2,30}?)(?:成员|成员动态|成员机构)$/u);
    if (section) {
      const m = matcher.findAll(section[1]!).find((x) => x.start === 0 && x.end === section[1]!.length && registry.peek(x.value)?.label === 'Organization');
      network = m?.value;
      heading = line;
      continue;
    }
    if (/^#{3}\s/u.test(raw.trim())) {
      network = undefined;
      continue;
    }
    if (!network) continue;
    // Titles listed under the heading; the organisation each is about comes first in it.
    if (line.length < 6 || line.length > 80) continue;
    const member = matcher.findAll(line).find((x) => registry.peek(x.value)?.label === 'Organization');
    if (!member) continue;
    out.push({
      type: 'MEMBER_OF',
      from: member.value,
      to: network,
      props: {},
      ...SECTION_MEMBERSHIP,
      evidence: unmarkedQuote(heading),
    });
    out.push({ type: 'MEMBER_OF', from: member.value, to: network, props: {}, ...SECTION_MEMBERSHIP, evidence: unmarkedQuote(raw) });
  }
  return out;
}
