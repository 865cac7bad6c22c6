import * as echarts from 'echarts/core';
import { CustomChart, GraphChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import { EVENT_FACT_TYPES, eventToItem, labelOfType, type GqlEvent, type GqlRelation, type GqlSource } from '../eventToItem.js';
import { networkChartOption, type NetworkEdge, type NetworkNode } from '../networkChart.js';
import { datedItems, kindColour, periodEnd, periodStart, timelineChartOption, timelineHeight } from '../timelineChart.js';
import { formatDateRange, participantsText, renderCsv, renderMarkdown } from '../timelineExports.js';
import type { TimelineEntry } from '../../api/timelineEntry.js';
import { ENTITY_QUERY, FACT_SOURCES_QUERY, gql, NETWORK2_QUERY, NETWORK_QUERY, SUGGEST_QUERY, TIMELINE_QUERY } from './graphqlClient.js';
import { readViewState, viewStateSearch, type ViewState } from './viewState.js';

// The /explore page: search with suggestions, an entity's timeline and network, the sources
// of whatever is clicked, exports, and a URL for every view.

echarts.use([CustomChart, GraphChart, DataZoomComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent, SVGRenderer, CanvasRenderer]);

interface EntitySummary {
  id: string;
  type: string;
  name: string;
  nameEn: string | null;
  aliases: string[];
  kind?: string | null;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const DAY = 86_400_000;

let state: ViewState = readViewState(location.search);
let entity: EntitySummary | null = null;
/** Every event of the entity (no filters): the kinds to offer and the colours. */
let allEvents: GqlEvent[] = [];
/** The events the filters let through, in date order. */
let shownEvents: GqlEvent[] = [];
let shownItems: TimelineEntry[] = [];
let loadToken = 0;
let timelineChart: echarts.ECharts | null = null;
let networkChart: echarts.ECharts | null = null;
let networkFacts = new Map<string, { from: EntitySummaryLite; to: EntitySummaryLite; relation: GqlRelation }>();

interface EntitySummaryLite {
  id: string;
  name: string;
  type: string;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string | null)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) if (c !== null) node.append(c);
  return node;
}

function labelColour(type: string): string {
  const styles = __LABEL_STYLES__;
  return (styles[labelOfType(type)] ?? styles['*']!).color;
}

function setStatus(id: string, text: string, error = false): void {
  const p = $(id);
  p.textContent = text;
  p.classList.toggle('error', error);
}

// ---------------------------------------------------------------- URL

function go(next: Partial<ViewState>, push = true): void {
  const entityChanged = next.entity !== undefined && next.entity !== state.entity;
  state = { ...state, ...next };
  const url = `${location.pathname}${viewStateSearch(state)}`;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  void render(entityChanged);
}

window.addEventListener('popstate', () => {
  const before = state.entity;
  state = readViewState(location.search);
  void render(state.entity !== before);
});

// ---------------------------------------------------------------- search

const input = $<HTMLInputElement>('search-input');
const listbox = $<HTMLUListElement>('suggestions');
let suggestions: EntitySummary[] = [];
let active = -1;
let suggestTimer: ReturnType<typeof setTimeout> | undefined;
let suggestToken = 0;

function closeSuggestions(): void {
  listbox.hidden = true;
  input.setAttribute('aria-expanded', 'false');
  input.removeAttribute('aria-activedescendant');
  active = -1;
}

function showSuggestions(): void {
  listbox.replaceChildren(
    ...suggestions.map((s, i) => {
      const other = [s.nameEn && s.nameEn !== s.name ? s.nameEn : null, ...s.aliases.filter((a) => a !== s.name && a !== s.nameEn).slice(0, 3)].filter(Boolean).join(' · ');
      const li = el('li', { role: 'option', id: `suggestion-${i}`, 'aria-selected': String(i === active), 'data-id': s.id },
        el('span', { class: 'type', style: `background:${labelColour(s.type)}` }, labelOfType(s.type)),
        el('span', { class: 'name' }, s.name),
        other ? el('span', { class: 'alt' }, other) : null);
      li.addEventListener('mousedown', (e) => {
        e.preventDefault();
        choose(i);
      });
      return li;
    }),
  );
  if (suggestions.length === 0) listbox.append(el('li', { role: 'option', 'aria-disabled': 'true', class: 'alt' }, 'No entity has this name'));
  listbox.hidden = false;
  input.setAttribute('aria-expanded', 'true');
  if (active >= 0) input.setAttribute('aria-activedescendant', `suggestion-${active}`);
}

function choose(i: number): void {
  const s = suggestions[i];
  if (!s) return;
  input.value = s.name;
  closeSuggestions();
  go({ entity: s.id, from: null, to: null, kinds: [], types: [] });
}

input.addEventListener('input', () => {
  clearTimeout(suggestTimer);
  const text = input.value.trim();
  if (!text) return closeSuggestions();
  suggestTimer = setTimeout(async () => {
    const token = ++suggestToken;
    try {
      const data = await gql<{ search: EntitySummary[] }>(SUGGEST_QUERY, { text });
      if (token !== suggestToken) return;
      suggestions = data.search;
      active = suggestions.length ? 0 : -1;
      showSuggestions();
    } catch (error) {
      setStatus('timeline-status', `Search failed: ${(error as Error).message}`, true);
    }
  }, 120);
});

input.addEventListener('keydown', (e) => {
  if (listbox.hidden) return;
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    e.preventDefault();
    if (!suggestions.length) return;
    active = (active + (e.key === 'ArrowDown' ? 1 : suggestions.length - 1)) % suggestions.length;
    showSuggestions();
  } else if (e.key === 'Enter') {
    e.preventDefault();
    choose(Math.max(active, 0));
  } else if (e.key === 'Escape') {
    closeSuggestions();
  }
});
input.addEventListener('blur', () => setTimeout(closeSuggestions, 150));

// ---------------------------------------------------------------- tabs

for (const view of ['timeline', 'network'] as const) {
  $(`tab-${view}`).addEventListener('click', () => go({ view }));
}
document.querySelector('.tabs')!.addEventListener('keydown', (e) => {
  const key = (e as KeyboardEvent).key;
  if (key === 'ArrowRight' || key === 'ArrowLeft') {
    const view = state.view === 'timeline' ? 'network' : 'timeline';
    go({ view });
    $(`tab-${view}`).focus();
  }
});

// ---------------------------------------------------------------- sources panel

function sourceBlock(s: GqlSource): HTMLElement {
  if (!s.briefing && s.citation) return el('div', { class: 'where' }, el('strong', {}, 'Citation: '), s.citation);
  return el('div', {},
    s.quote ? el('blockquote', { lang: 'zh-Hans' }, s.quote) : null,
    el('div', { class: 'where' }, el('strong', {}, 'Briefing: '), s.briefing?.title ?? '?', s.article ? el('span', {}, el('strong', {}, ' · Article: '), s.article.title) : null),
    s.citation ? el('div', { class: 'where' }, el('strong', {}, 'Citation: '), s.citation) : null);
}

function factBlock(subject: string, relation: GqlRelation, otherName: string): HTMLElement {
  const arrow = relation.direction === 'IN' ? `${otherName} —${relation.type}→ ${subject}` : `${subject} —${relation.type}→ ${otherName}`;
  const extra = [relation.role && `role: ${relation.role}`, relation.title && `title: ${relation.title}`, relation.date && `date: ${relation.date}`].filter(Boolean).join(', ');
  return el('div', { class: 'fact' },
    el('div', {}, el('strong', {}, arrow), extra ? ` (${extra})` : ''),
    el('div', { class: 'meta' }, `method: ${relation.method ?? 'unknown'} · confidence: ${relation.confidence ?? 'unknown'}`),
    ...(relation.sources ?? []).map(sourceBlock));
}

function showEventSources(event: GqlEvent): void {
  const aside = $('sources');
  const item = eventToItem(event);
  const order = ['HELD_IN', 'ORGANIZED', 'ATTENDED', 'PRODUCED', 'PART_OF', 'WITNESSED', 'AWARDED'];
  const facts = [...event.relations].sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type));
  aside.replaceChildren(
    ...[el('h2', {}, 'Sources'),
    el('h3', {}, event.name),
    el('div', { class: 'meta' }, [formatDateRange(event.startDate, event.endDate), event.kind, item.places.join('、')].filter(Boolean).join(' · ')),
    item.participants.length ? el('div', {}, el('strong', {}, 'Participants: '), participantsText(item)) : null,
    ...facts.map((r) => factBlock(event.name, r, r.node.name))].filter((n): n is HTMLElement => n !== null),
  );
  if (facts.length === 0) aside.append(el('p', { class: 'hint' }, 'No facts link this event to anything yet.'));
}

async function showFactSources(key: string): Promise<void> {
  const fact = networkFacts.get(key);
  if (!fact) return;
  const aside = $('sources');
  let relation = fact.relation;
  if (!relation.sources) {
    aside.replaceChildren(el('h2', {}, 'Sources'), el('p', { class: 'hint' }, 'Loading…'));
    const data = await gql<{ entity: { relations: GqlRelation[] } | null }>(FACT_SOURCES_QUERY, { id: fact.from.id, types: [relation.type] });
    relation = data.entity?.relations.find((r) => r.node.id === fact.to.id && r.direction === 'OUT') ?? relation;
  }
  aside.replaceChildren(el('h2', {}, 'Sources'), factBlock(fact.from.name, { ...relation, direction: 'OUT' }, fact.to.name));
}

// ---------------------------------------------------------------- timeline

async function allPages(variables: Record<string, unknown>, token: number): Promise<GqlEvent[] | null> {
  const events: GqlEvent[] = [];
  let after: string | null = null;
  for (;;) {
    const data: { timeline: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: GqlEvent }[] } } = await gql(TIMELINE_QUERY, { ...variables, after, types: EVENT_FACT_TYPES });
    if (token !== loadToken) return null;
    events.push(...data.timeline.edges.map((e) => e.node));
    if (!data.timeline.pageInfo.hasNextPage) return events;
    after = data.timeline.pageInfo.endCursor;
  }
}

function kindsOf(events: readonly GqlEvent[]): string[] {
  return [...new Set(events.map((e) => e.kind).filter((k): k is string => !!k))].sort();
}

function timelineTitle(): string {
  const range = state.from || state.to ? ` (${state.from ?? '…'} to ${state.to ?? '…'})` : '';
  return `Timeline: ${entity?.name ?? ''}${range}`;
}

function renderKindFilter(): void {
  const box = $('filter-kinds');
  const kinds = kindsOf(allEvents);
  box.replaceChildren(el('legend', {}, 'Kinds'),
    ...kinds.map((k) => {
      const cb = el('input', { type: 'checkbox', name: 'kind', value: k });
      cb.checked = state.kinds.includes(k);
      return el('label', {}, cb, el('span', { style: `border-bottom:3px solid ${kindColour(k, kinds)}` }, k));
    }));
  ($('filter-from') as HTMLInputElement).value = state.from ?? '';
  ($('filter-to') as HTMLInputElement).value = state.to ?? '';
}

function drawTimeline(): void {
  const host = $('timeline-chart');
  const kinds = kindsOf(allEvents);
  const rows = datedItems(shownItems).length;
  host.style.height = `${Math.min(timelineHeight(rows, true), 900)}px`;
  timelineChart?.dispose();
  timelineChart = echarts.init(host, null, { renderer: 'svg' });
  const option = timelineChartOption(shownItems, { title: timelineTitle(), interactive: true, kinds });
  timelineChart.setOption(option);
  timelineChart.on('click', (p) => {
    const dated = datedItems(shownItems);
    const id = dated[p.dataIndex]?.id;
    const event = shownEvents.find((e) => e.id === id);
    if (event) selectEvent(event);
  });
  const tbody = document.querySelector('#event-table tbody')!;
  tbody.replaceChildren(
    ...shownItems.map((item, i) => {
      const tr = el('tr', { tabindex: '0', 'data-id': item.id, 'aria-selected': 'false' },
        el('td', {}, formatDateRange(item.startDate, item.endDate)),
        el('td', {}, item.name, item.nameEn ? el('div', { class: 'alt' }, item.nameEn) : null),
        el('td', {}, item.kind ?? ''),
        el('td', {}, item.places.join('、')),
        el('td', {}, participantsText(item)));
      const open = () => selectEvent(shownEvents[i]!);
      tr.addEventListener('click', open);
      tr.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          open();
        } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault();
          ((e.key === 'ArrowDown' ? tr.nextElementSibling : tr.previousElementSibling) as HTMLElement | null)?.focus();
        }
      });
      return tr;
    }),
  );
  const undated = shownItems.length - rows;
  setStatus('timeline-status', `${shownItems.length} event${shownItems.length === 1 ? '' : 's'}${state.from || state.to || state.kinds.length ? ` of ${allEvents.length}` : ''}${undated ? `, ${undated} without a date (listed below only)` : ''}.`);
}

function selectEvent(event: GqlEvent): void {
  for (const tr of document.querySelectorAll('#event-table tbody tr')) tr.setAttribute('aria-selected', String(tr.getAttribute('data-id') === event.id));
  showEventSources(event);
}

async function loadTimeline(token: number, entityChanged: boolean): Promise<void> {
  if (!entity) return;
  if (entityChanged || allEvents.length === 0) {
    setStatus('timeline-status', 'Loading events…');
    const all = await allPages({ entity: entity.id }, token);
    if (!all) return;
    allEvents = all;
  }
  const filtered = state.from || state.to || state.kinds.length;
  const shown = filtered ? await allPages({ entity: entity.id, from: state.from, to: state.to, kinds: state.kinds.length ? state.kinds : null }, token) : allEvents;
  if (!shown) return;
  shownEvents = shown;
  shownItems = shown.map(eventToItem);
  renderKindFilter();
  drawTimeline();
}

$('timeline-filters').addEventListener('submit', (e) => {
  e.preventDefault();
  const from = ($('filter-from') as HTMLInputElement).value.trim() || null;
  const to = ($('filter-to') as HTMLInputElement).value.trim() || null;
  const kinds = [...document.querySelectorAll<HTMLInputElement>('#filter-kinds input:checked')].map((c) => c.value);
  go({ from, to, kinds });
});
$('clear-filters').addEventListener('click', () => go({ from: null, to: null, kinds: [] }));

function zoom(to: string): void {
  if (!timelineChart) return;
  const dated = datedItems(shownItems);
  if (!dated.length) return;
  if (to === 'all') return void timelineChart.dispatchAction({ type: 'dataZoom', start: 0, end: 100 });
  const span = to === 'year' ? 366 * DAY : to === 'month' ? 31 * DAY : 7 * DAY;
  // Around the selected event, else the first one shown.
  const selected = document.querySelector('#event-table tbody tr[aria-selected="true"]')?.getAttribute('data-id');
  const centre = dated.find((e) => e.id === selected) ?? dated[0]!;
  const start = periodStart(centre.startDate!);
  const middle = (start + periodEnd(centre.endDate ?? centre.startDate!)) / 2;
  timelineChart.dispatchAction({ type: 'dataZoom', startValue: middle - span / 2, endValue: middle + span / 2 });
}
for (const b of document.querySelectorAll<HTMLButtonElement>('[data-zoom]')) b.addEventListener('click', () => zoom(b.dataset.zoom!));

// ---------------------------------------------------------------- exports

function fileBase(): string {
  const name = (entity?.name ?? 'timeline').replace(/[\\/:*?"<>|\s]+/g, '_');
  return `timeline-${name}${state.from ? `-from-${state.from}` : ''}${state.to ? `-to-${state.to}` : ''}`;
}

function download(name: string, blob: Blob): void {
  const a = el('a', { href: URL.createObjectURL(blob), download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** The picture as a file: the same option drawn off-screen at a width that suits a report. */
async function exportPicture(type: 'svg' | 'png'): Promise<void> {
  const host = el('div', { style: 'position:absolute;left:-10000px;top:0;width:1200px' });
  const height = timelineHeight(datedItems(shownItems).length, false);
  host.style.height = `${height}px`;
  document.body.append(host);
  // A canvas draws only glyphs already loaded: load the font slices the names need first.
  await document.fonts.load('12px "Noto Sans SC"', shownItems.map((e) => `${e.name}${e.places.join('')}`).join('') + timelineTitle());
  const chart = echarts.init(host, null, { renderer: type === 'svg' ? 'svg' : 'canvas', width: 1200, height });
  try {
    chart.setOption(timelineChartOption(shownItems, { title: timelineTitle(), interactive: false, kinds: kindsOf(allEvents) }));
    if (type === 'svg') {
      download(`${fileBase()}.svg`, new Blob([chart.renderToSVGString()], { type: 'image/svg+xml' }));
    } else {
      const url = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
      download(`${fileBase()}.png`, await (await fetch(url)).blob());
    }
  } finally {
    chart.dispose();
    host.remove();
  }
}

for (const b of document.querySelectorAll<HTMLButtonElement>('[data-export]')) {
  b.addEventListener('click', () => {
    const kind = b.dataset.export!;
    if (kind === 'csv') download(`${fileBase()}.csv`, new Blob([renderCsv(shownItems)], { type: 'text/csv;charset=utf-8' }));
    else if (kind === 'md') download(`${fileBase()}.md`, new Blob([renderMarkdown(timelineTitle(), shownItems)], { type: 'text/markdown;charset=utf-8' }));
    else void exportPicture(kind as 'svg' | 'png');
  });
}
$('copy-link').addEventListener('click', () => {
  void navigator.clipboard?.writeText(location.href).catch(() => undefined);
  setStatus('timeline-status', `Link: ${location.href}`);
});

// ---------------------------------------------------------------- network

async function loadNetwork(token: number): Promise<void> {
  if (!entity) return;
  setStatus('network-status', 'Loading the network…');
  type Hop1 = GqlRelation & { node: GqlRelation['node'] & { relations?: GqlRelation[] } };
  const data = await gql<{ entity: { id: string; name: string; type: string; relations: Hop1[] } | null }>(state.hops === 2 ? NETWORK2_QUERY : NETWORK_QUERY, { id: entity.id });
  if (token !== loadToken || !data.entity) return;
  const centre = data.entity;
  const nodes = new Map<string, NetworkNode>([[centre.id, { id: centre.id, name: centre.name, label: labelOfType(centre.type), hop: 0 }]]);
  networkFacts = new Map();
  const addFact = (a: EntitySummaryLite, r: GqlRelation) => {
    const [from, to] = r.direction === 'IN' ? [r.node, a] : [a, r.node];
    const key = `${from.id}|${r.type}|${to.id}`;
    if (!networkFacts.has(key)) networkFacts.set(key, { from, to, relation: { ...r, direction: 'OUT', node: to } });
  };
  for (const r of centre.relations) {
    if (!nodes.has(r.node.id)) nodes.set(r.node.id, { id: r.node.id, name: r.node.name, label: labelOfType(r.node.type), hop: 1 });
    addFact(centre, r);
  }
  for (const r of centre.relations) {
    for (const r2 of r.node.relations ?? []) {
      if (r2.node.id === centre.id) continue;
      if (!nodes.has(r2.node.id)) nodes.set(r2.node.id, { id: r2.node.id, name: r2.node.name, label: labelOfType(r2.node.type), hop: 2 });
      // Hop-two facts come without sources; clicking one asks for them.
      addFact(r.node, { ...r2, method: null, confidence: null, role: null, sources: undefined });
    }
  }
  const allTypes = [...new Set([...networkFacts.values()].map((f) => f.relation.type))].sort();
  const box = $('filter-types');
  box.replaceChildren(el('legend', {}, 'Relationship types'),
    ...allTypes.map((t) => {
      const cb = el('input', { type: 'checkbox', name: 'type', value: t });
      cb.checked = state.types.length === 0 || state.types.includes(t);
      cb.addEventListener('change', () => {
        const checked = [...box.querySelectorAll<HTMLInputElement>('input:checked')].map((c) => c.value);
        go({ types: checked.length === allTypes.length ? [] : checked }, false);
      });
      return el('label', {}, cb, t);
    }));
  ($('filter-hops') as HTMLSelectElement).value = String(state.hops);
  const shownFacts = [...networkFacts.entries()].filter(([, f]) => state.types.length === 0 || state.types.includes(f.relation.type));
  // Keep the centre and whoever a shown fact still reaches.
  const reached = new Set([centre.id]);
  for (const [, f] of shownFacts) {
    reached.add(f.from.id);
    reached.add(f.to.id);
  }
  const shownNodes = [...nodes.values()].filter((n) => reached.has(n.id));
  const edges: NetworkEdge[] = shownFacts.map(([key, f]) => ({ key, source: f.from.id, target: f.to.id, type: f.relation.type }));
  const host = $('network-chart');
  networkChart?.dispose();
  networkChart = echarts.init(host, null, { renderer: 'svg' });
  networkChart.setOption(networkChartOption(shownNodes, edges, __LABEL_STYLES__));
  networkChart.on('click', (p) => {
    if (p.dataType === 'node') {
      const id = (p.data as { id: string }).id;
      if (id !== entity?.id) go({ entity: id });
    } else if (p.dataType === 'edge') {
      void showFactSources(String((p.data as { value: string }).value));
    }
  });
  const list = $('edge-list');
  list.replaceChildren(
    ...shownFacts.map(([key, f]) => {
      const fact = el('button', { type: 'button', 'data-key': key }, `${f.from.name} —${f.relation.type}→ ${f.to.name}`);
      fact.addEventListener('click', () => void showFactSources(key));
      const other = f.from.id === centre.id ? f.to : f.from;
      const recentre = el('button', { type: 'button', 'aria-label': `Recentre on ${other.name}`, title: `Recentre on ${other.name}`, class: 'recentre' }, 'recentre');
      recentre.addEventListener('click', () => go({ entity: other.id }));
      return el('li', {}, fact, recentre);
    }),
  );
  setStatus('network-status', `${shownNodes.length} entities, ${edges.length} facts within ${state.hops} hop${state.hops === 2 ? 's' : ''} of ${centre.name}. Click a node to recentre on it, an edge for its sources.`);
}

$('filter-hops').addEventListener('change', () => go({ hops: ($('filter-hops') as HTMLSelectElement).value === '2' ? 2 : 1 }));

// ---------------------------------------------------------------- render

function renderHeader(): void {
  const header = $('entity-header');
  if (!entity) return;
  const other = [entity.nameEn, ...entity.aliases.filter((a) => a !== entity!.name && a !== entity!.nameEn)].filter(Boolean).join(' · ');
  header.replaceChildren(
    el('h2', {}, el('span', { class: 'type', style: `color:${labelColour(entity.type)}` }, `${labelOfType(entity.type)} `), entity.name),
    other ? el('div', { class: 'alt' }, other) : '',
  );
  document.title = `${entity.name}: explore the eco-label knowledge graph`;
}

async function render(entityChanged: boolean): Promise<void> {
  const token = ++loadToken;
  $('tab-timeline').setAttribute('aria-selected', String(state.view === 'timeline'));
  $('tab-network').setAttribute('aria-selected', String(state.view === 'network'));
  $('tab-timeline').tabIndex = state.view === 'timeline' ? 0 : -1;
  $('tab-network').tabIndex = state.view === 'network' ? 0 : -1;
  $('timeline-view').hidden = state.view !== 'timeline';
  $('network-view').hidden = state.view !== 'network';
  if (!state.entity) return;
  try {
    if (entityChanged || !entity) {
      const data = await gql<{ entity: EntitySummary | null }>(ENTITY_QUERY, { id: state.entity });
      if (token !== loadToken) return;
      if (!data.entity) {
        setStatus(`${state.view}-status`, `No entity is called ${JSON.stringify(state.entity)}; search for a name above.`, true);
        return;
      }
      entity = data.entity;
      allEvents = [];
      renderHeader();
      $('sources').replaceChildren(el('h2', {}, 'Sources'), el('p', { class: 'hint' }, 'Click an event or an edge to see the sentences it was read from.'));
    }
    if (state.view === 'timeline') await loadTimeline(token, entityChanged);
    else await loadNetwork(token);
    if (token === loadToken) window.exploreReady = { view: state.view, entity: entity.id, at: performance.now() };
  } catch (error) {
    if (token === loadToken) setStatus(`${state.view}-status`, `The API refused: ${(error as Error).message}`, true);
  }
}

window.addEventListener('resize', () => {
  timelineChart?.resize();
  networkChart?.resize();
});
void render(true);
