// The /explore page's HTML: the controls, labelled for screen readers and reachable by
// keyboard; the bundled script (src/explore/client) fills them. Only local assets.

export function explorePage(assets: string, graphqlPath: string): string {
  const config = JSON.stringify({ graphql: graphqlPath }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="zh-Hans">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Explore the eco-label knowledge graph</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="${assets}explore-style.css">
</head>
<body>
  <header class="top">
    <h1>Explore <span lang="en">eco-labels, standards, procurement</span></h1>
    <div class="search" role="search">
      <label for="search-input">Organisation, person, label or event (Chinese, English, abbreviation)</label>
      <input id="search-input" type="search" autocomplete="off" spellcheck="false" placeholder="中环联合, CEC, GEN, 任勇…"
        role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="suggestions">
      <ul id="suggestions" role="listbox" aria-label="Suggestions" hidden></ul>
    </div>
  </header>
  <main>
    <section id="entity-header" aria-live="polite"><p class="hint">Type a name above and pick a suggestion (arrow keys and Enter work).</p></section>
    <nav class="tabs" role="tablist" aria-label="Views">
      <button role="tab" id="tab-timeline" aria-controls="timeline-view" aria-selected="true">Timeline</button>
      <button role="tab" id="tab-network" aria-controls="network-view" aria-selected="false">Network</button>
    </nav>
    <div class="layout">
      <div class="views">
        <section id="timeline-view" role="tabpanel" aria-labelledby="tab-timeline">
          <form id="timeline-filters" class="filters" aria-label="Timeline filters">
            <label>From <input id="filter-from" name="from" placeholder="2017 or 2017-10" pattern="\\d{4}(-\\d{2}(-\\d{2})?)?" size="10"></label>
            <label>To <input id="filter-to" name="to" placeholder="2017-12-31" pattern="\\d{4}(-\\d{2}(-\\d{2})?)?" size="10"></label>
            <fieldset id="filter-kinds"><legend>Kinds</legend></fieldset>
            <button type="submit" id="apply-filters">Apply</button>
            <button type="button" id="clear-filters">Clear</button>
          </form>
          <div class="toolbar" role="toolbar" aria-label="Zoom and export">
            <span>Zoom:</span>
            <button type="button" data-zoom="all">All</button>
            <button type="button" data-zoom="year">Year</button>
            <button type="button" data-zoom="month">Month</button>
            <button type="button" data-zoom="week">Week</button>
            <span class="sep">Export:</span>
            <button type="button" data-export="csv">CSV</button>
            <button type="button" data-export="md">Markdown</button>
            <button type="button" data-export="svg">SVG</button>
            <button type="button" data-export="png">PNG</button>
            <button type="button" id="copy-link">Copy link</button>
          </div>
          <p id="timeline-status" class="status" role="status"></p>
          <div id="timeline-chart" class="chart" role="img" aria-label="Timeline chart; the same events are listed in the table below"></div>
          <table id="event-table" aria-label="Events">
            <thead><tr><th scope="col">Date</th><th scope="col">Event</th><th scope="col">Kind</th><th scope="col">Place</th><th scope="col">Participants (roles)</th></tr></thead>
            <tbody></tbody>
          </table>
        </section>
        <section id="network-view" role="tabpanel" aria-labelledby="tab-network" hidden>
          <form id="network-filters" class="filters" aria-label="Network filters">
            <label>Hops <select id="filter-hops"><option value="1">1</option><option value="2">2</option></select></label>
            <fieldset id="filter-types"><legend>Relationship types</legend></fieldset>
          </form>
          <p id="network-status" class="status" role="status"></p>
          <div id="network-chart" class="chart network" role="img" aria-label="Network chart; the same facts are listed below"></div>
          <ul id="edge-list" aria-label="Facts"></ul>
        </section>
      </div>
      <aside id="sources" aria-label="Sources" aria-live="polite">
        <h2>Sources</h2>
        <p class="hint">Click an event or an edge to see the sentences it was read from.</p>
      </aside>
    </div>
  </main>
  <script>window.EXPLORE_CONFIG = ${config};</script>
  <script type="module" src="${assets}explore.js"></script>
</body>
</html>
`;
}
