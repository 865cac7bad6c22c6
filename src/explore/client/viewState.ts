// What a view shows, kept in the URL so every view can be shared as a link:
// /explore?entity=organization:cec&view=timeline&from=2017-10&to=2017-12&kinds=meeting,visit
// /explore?entity=organization:cec&view=network&hops=2&types=SIGNED,MEMBER_OF

export interface ViewState {
  entity: string | null;
  view: 'timeline' | 'network';
  from: string | null;
  to: string | null;
  kinds: string[];
  hops: 1 | 2;
  /** Relationship types shown in the network; empty shows all. */
  types: string[];
}

function list(value: string | null): string[] {
  return value ? value.split(',').filter(Boolean) : [];
}

export function readViewState(search: string): ViewState {
  const q = new URLSearchParams(search);
  return {
    entity: q.get('entity') || null,
    view: q.get('view') === 'network' ? 'network' : 'timeline',
    from: q.get('from') || null,
    to: q.get('to') || null,
    kinds: list(q.get('kinds')),
    hops: q.get('hops') === '2' ? 2 : 1,
    types: list(q.get('types')),
  };
}

export function viewStateSearch(state: ViewState): string {
  const q = new URLSearchParams();
  if (state.entity) q.set('entity', state.entity);
  q.set('view', state.view);
  if (state.from) q.set('from', state.from);
  if (state.to) q.set('to', state.to);
  if (state.kinds.length) q.set('kinds', state.kinds.join(','));
  if (state.hops === 2) q.set('hops', '2');
  if (state.types.length) q.set('types', state.types.join(','));
  return `?${q.toString()}`;
}
