import { labelOfId, type EntityLabel } from '../graph/index.js';
import type { EntityRecord } from '../store/GraphStore.js';
import type { ApiContext } from './context.js';
import { badUserInput } from './errors.js';

// Every argument that names an entity takes its id or any name or alias (interfaces.md).

export interface ResolveOptions {
  /** The argument's name, for error messages. */
  argumentName: string;
  /** Labels to prefer when a name fits several entities (e.g. `organization` prefers Organization). */
  prefer?: readonly EntityLabel[];
}

function describe(candidates: readonly EntityRecord[]): string {
  return candidates.map((c) => `${c.id} (${String(c.properties.name)})`).join(', ');
}

/**
 * The one entity `value` names, or null when it names none.
 * Throws BAD_USER_INPUT listing the candidates when it names several, after narrowing them to
 * the preferred labels.
 */
export async function resolveEntityArgument(context: ApiContext, value: string, options: ResolveOptions): Promise<EntityRecord | null> {
  const text = value.trim();
  if (text === '') throw badUserInput(`${options.argumentName} is empty; expected an entity id, name or alias`, { argumentName: options.argumentName });
  if (labelOfId(text)) {
    const byId = await context.loaders.entityById.load(text);
    if (byId) return byId;
  }
  const candidates = await context.loaders.entitiesByName.load(text);
  if (candidates.length <= 1) return candidates[0] ?? null;
  const preferred = options.prefer ? candidates.filter((c) => options.prefer!.includes(c.label)) : [];
  if (preferred.length === 1) return preferred[0]!;
  const ambiguous = preferred.length > 1 ? preferred : candidates;
  throw badUserInput(
    `${options.argumentName} ${JSON.stringify(value)} names ${ambiguous.length} entities: ${describe(ambiguous)}; pass one of these ids instead`,
    { argumentName: options.argumentName, candidates: ambiguous.map((c) => ({ id: c.id, name: String(c.properties.name), type: c.label })) },
  );
}
