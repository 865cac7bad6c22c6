import type { EntityRecord, Neighbour } from '../store/GraphStore.js';
import type { ApiContext } from './context.js';
import { LIMITS } from './limits.js';
import { resolveEntityArgument } from './resolveEntityArgument.js';

// "Which GEN members has CEC signed joint standards with?" A Standard counts as signed by an
// organisation when it SIGNED it directly or a person holding a position there did. Partners are
// the other signatories' organisations (a person with no known organisation stands for itself).
// A fixed number of batched loader rounds, whatever the number of standards and partners.

export interface JointStandardPartnerResult {
  partner: EntityRecord;
  standards: EntityRecord[];
}

const byName = (a: EntityRecord, b: EntityRecord) => {
  const x = String(a.properties.name);
  const y = String(b.properties.name);
  return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};

function load(context: ApiContext, ids: readonly string[], type: 'SIGNED' | 'HOLDS_POSITION' | 'MEMBER_OF', direction: 'OUT' | 'IN'): Promise<Neighbour[][]> {
  return Promise.all(ids.map((id) => context.loaders.neighbours.load({ id, types: [type], direction, first: LIMITS.neighbourCap })));
}

export async function jointStandardPartners(context: ApiContext, organizationArg: string, memberOfArg?: string | null): Promise<JointStandardPartnerResult[]> {
  const [organization, memberOf] = await Promise.all([
    resolveEntityArgument(context, organizationArg, { argumentName: 'organization', prefer: ['Organization'] }),
    memberOfArg ? resolveEntityArgument(context, memberOfArg, { argumentName: 'memberOf', prefer: ['Organization', 'Project'] }) : Promise.resolve(null),
  ]);
  if (!organization || (memberOfArg && !memberOf)) return [];

  // Round 1: what the organisation signed itself, and who holds positions there.
  const [[ownSignatures = []], [staff = []]] = await Promise.all([load(context, [organization.id], 'SIGNED', 'OUT'), load(context, [organization.id], 'HOLDS_POSITION', 'IN')]);
  const people = new Set(staff.map((n) => n.node.id));
  // Round 2: what its people signed.
  const staffSignatures = (await load(context, [...people], 'SIGNED', 'OUT')).flat();
  const standards = new Map<string, EntityRecord>();
  for (const n of [...ownSignatures, ...staffSignatures]) if (n.node.label === 'Standard') standards.set(n.node.id, n.node);

  // Round 3: every signatory of those standards.
  const standardIds = [...standards.keys()];
  const signatories = await load(context, standardIds, 'SIGNED', 'IN');
  const signers = new Map<string, { signer: EntityRecord; standardIds: Set<string> }>();
  standardIds.forEach((standardId, i) => {
    for (const n of signatories[i] ?? []) {
      if (n.node.id === organization.id || people.has(n.node.id)) continue;
      const entry = signers.get(n.node.id) ?? { signer: n.node, standardIds: new Set<string>() };
      entry.standardIds.add(standardId);
      signers.set(n.node.id, entry);
    }
  });

  // Round 4: the organisations of signing people.
  const signingPeople = [...signers.values()].filter((s) => s.signer.label === 'Person').map((s) => s.signer.id);
  const positions = await load(context, signingPeople, 'HOLDS_POSITION', 'OUT');
  const partners = new Map<string, { partner: EntityRecord; standardIds: Set<string> }>();
  const credit = (partner: EntityRecord, ids: Set<string>) => {
    if (partner.id === organization.id) return;
    const entry = partners.get(partner.id) ?? { partner, standardIds: new Set<string>() };
    for (const id of ids) entry.standardIds.add(id);
    partners.set(partner.id, entry);
  };
  for (const { signer, standardIds: ids } of signers.values()) {
    if (signer.label !== 'Person') {
      credit(signer, ids);
      continue;
    }
    const orgs = (positions[signingPeople.indexOf(signer.id)] ?? []).map((n) => n.node);
    if (orgs.length === 0) credit(signer, ids);
    for (const org of orgs) credit(org, ids);
  }

  // Round 5: keep members of `memberOf`.
  let result = [...partners.values()];
  if (memberOf) {
    const memberships = await load(context, result.map((p) => p.partner.id), 'MEMBER_OF', 'OUT');
    result = result.filter((_, i) => (memberships[i] ?? []).some((n) => n.node.id === memberOf.id));
  }
  return result
    .map((p) => ({ partner: p.partner, standards: [...p.standardIds].map((id) => standards.get(id)!).sort(byName) }))
    .sort((a, b) => byName(a.partner, b.partner));
}
