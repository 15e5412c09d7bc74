/*
 * The embed page: reads its options from the address, loads the consent-checked export of the
 * region and wires drawing, legend, search, filter, card, table and snippet together. Exposes
 * window.coopEmbed (ready, node count, first render time) for the browser test.
 */
(function () {
  'use strict';
  var app = document.getElementById('app');
  var t = CoopI18n.strings(app.dataset.lang);
  var params = new URLSearchParams(location.search);
  var $ = function (id) { return document.getElementById(id); };
  var state = {
    colour: ['sector', 'helix', 'community'].indexOf(params.get('colour')) >= 0 ? params.get('colour') : 'sector',
    filter: ['helix', 'sector', 'community'].filter(function (k) { return params.get(k); })
      .map(function (k) { return k + ':' + params.get(k); })[0] || '',
    height: Math.max(200, Math.min(2000, Number(params.get('height')) || 600)),
    view: params.get('view'), year: params.get('year'), token: params.get('token'), drawing: null, data: null
  };
  window.coopEmbed = {ready: false, started: performance.now()};
  CoopI18n.apply(document, t);
  $('graph').style.height = state.height + 'px';
  $('colour').value = state.colour;

  function url() {
    var q = new URLSearchParams({format: 'cytoscape', lang: app.dataset.lang, colour: state.colour});
    if (state.view) { q.set('view', state.view); }
    if (state.year) { q.set('year', state.year); }
    if (state.filter) { q.set(state.filter.split(':')[0], state.filter.slice(state.filter.indexOf(':') + 1)); }
    return app.dataset.base + '/api/regions/' + encodeURIComponent(app.dataset.region) + '/network?' + q;
  }

  function load() {
    $('status').textContent = t.loading;
    var headers = state.token ? {'X-Embed-Token': state.token} : {};
    return fetch(url(), {headers: headers, credentials: 'omit'}).then(function (r) {
      return r.json().then(function (body) { return r.ok ? body : Promise.reject(body); });
    }).then(show, function (problem) {
      $('status').textContent = t.loadFailed + ' ' + ((problem && problem.detail) || '');
      window.coopEmbed.error = problem && problem.status;
    });
  }

  function show(data) {
    window.coopEmbed.loadedMs = performance.now() - window.coopEmbed.started;
    state.data = data;
    CoopPanels.setHelixLabels(data);
    if (state.drawing) { state.drawing.destroy(); }
    closeCard();
    state.drawing = CoopGraph.draw({
      container: $('graph'), data: data, colour: state.colour, buttons: $('node-buttons'), ring: $('focus-ring'),
      caption: $('focus-caption'), describe: function (d) { return CoopPanels.describe(t, d); },
      onOpen: openCard, onClose: closeCard
    });
    window.coopEmbed.drawnMs = performance.now() - window.coopEmbed.started;
    state.drawing.cy.one('render', function () {
      window.coopEmbed.firstRenderMs = performance.now() - window.coopEmbed.started;
    });
    var counts = {region: data.region.name, nodes: data.counts.nodes, edges: data.counts.edges};
    $('graph').setAttribute('aria-label', CoopI18n.format(t.graphLabel, counts));
    $('status').textContent = CoopI18n.format(t.loaded, counts)
      + (data.counts.hiddenMembers ? ' ' + CoopI18n.format(t.hidden, {count: data.counts.hiddenMembers}) : '');
    CoopPanels.legend($('legend-items'), data, state.colour);
    CoopPanels.filterOptions($('filter'), t, data, state.filter);
    CoopPanels.search({input: $('search'), results: $('search-results'), count: $('search-count')}, t,
      data.elements.nodes, pick, state.drawing.highlight);
    if (!$('table-view').hidden) { CoopTable.render($('tables'), t, data); }
    snippet();
    window.coopEmbed.panelsMs = performance.now() - window.coopEmbed.started;
    window.coopEmbed.ready = true;
    window.coopEmbed.nodes = state.drawing.cy.nodes().length;
    window.coopEmbed.edges = state.drawing.cy.edges().length;
  }

  var opener = null;
  function openCard(id, from) {
    opener = from || document.activeElement;
    var node = state.drawing.cy.getElementById(id);
    state.drawing.cy.nodes().unselect();
    node.select();
    CoopPanels.card({card: $('card'), title: $('card-title'), facts: $('card-facts'), neighbours: $('card-neighbours')},
      t, node, pick);
  }
  function closeCard() {
    if ($('card').hidden) { return; }
    $('card').hidden = true;
    if (state.drawing) { state.drawing.cy.nodes().unselect(); }
    if (opener && document.body.contains(opener)) { opener.focus(); }
  }
  function pick(id) {
    state.drawing.focusNode(id);
    openCard(id, document.activeElement);
  }
  function snippet() {
    var p = {lang: app.dataset.lang, colour: state.colour, height: state.height, view: state.view, year: state.year,
      token: state.token};
    if (state.filter) { p[state.filter.split(':')[0]] = state.filter.slice(state.filter.indexOf(':') + 1); }
    CoopPanels.snippet($('snippet'), t, {params: p, height: state.height, regionName: app.dataset.regionName});
  }

  $('card-close').addEventListener('click', closeCard);
  $('card').addEventListener('keydown', function (e) { if (e.key === 'Escape') { closeCard(); } });
  $('controls').addEventListener('submit', function (e) { e.preventDefault(); });
  $('colour').addEventListener('change', function () {
    state.colour = $('colour').value;
    state.drawing.setColour(state.colour);
    CoopPanels.legend($('legend-items'), state.data, state.colour);
    snippet();
  });
  $('filter').addEventListener('change', function () { state.filter = $('filter').value; load(); });
  $('table-toggle').addEventListener('click', function () {
    var open = $('table-view').hidden;
    $('table-view').hidden = !open;
    $('table-toggle').setAttribute('aria-expanded', String(open));
    $('table-toggle').textContent = open ? t.hideTable : t.viewAsTable;
    if (open && state.data) { CoopTable.render($('tables'), t, state.data); $('table-view').focus(); }
  });
  $('copy').addEventListener('click', function () {
    $('snippet').select();
    var done = function () { $('copy').textContent = t.copied; };
    if (navigator.clipboard) { navigator.clipboard.writeText($('snippet').value).then(done, function () {}); }
  });
  load();
})();
