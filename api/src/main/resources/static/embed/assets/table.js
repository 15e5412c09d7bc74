/* "View as table": the same nodes and ties as the drawing, as two plain tables, built when opened. */
(function () {
  'use strict';

  function table(caption, headers, rows) {
    var el = CoopPanels.el;
    var t = el('table');
    t.appendChild(el('caption', caption));
    var head = el('thead');
    var tr = el('tr');
    headers.forEach(function (h) {
      var th = el('th', h);
      th.scope = 'col';
      tr.appendChild(th);
    });
    head.appendChild(tr);
    t.appendChild(head);
    var body = el('tbody');
    rows.forEach(function (row) {
      var r = el('tr');
      row.forEach(function (cell, i) {
        var c = el(i === 0 ? 'th' : 'td', cell === null || cell === undefined ? '' : String(cell));
        if (i === 0) { c.scope = 'row'; }
        r.appendChild(c);
      });
      body.appendChild(r);
    });
    t.appendChild(body);
    return t;
  }

  function render(holder, t, data) {
    var labels = {};
    var nodes = data.elements.nodes.map(function (n) { return n.data; });
    nodes.forEach(function (d) { labels[d.id] = d.label; });
    var collator = new Intl.Collator(document.documentElement.lang);
    nodes.sort(function (a, b) { return collator.compare(a.label, b.label); });
    var nodeRows = nodes.map(function (d) {
      return [d.label, CoopPanels.kindText(t, d.kind), CoopPanels.helixText(d.helix), d.sector ? d.sector + ' ' + (d.sectorName || '') : '',
        d.years, d.projects, d.degree];
    });
    var edgeRows = data.elements.edges.map(function (e) {
      var d = e.data;
      return [labels[d.source] + ' – ' + labels[d.target], labels[d.source], labels[d.target], d.weight,
        d.kinds.join(', '), d.years];
    });
    holder.textContent = '';
    holder.appendChild(table(t.nodesCaption, [t.nodeName, t.kind, t.helix, t.sector, t.years, t.projects, t.ties], nodeRows));
    holder.appendChild(table(t.edgesCaption, [t.edgesCaption, t.from, t.to, t.weight, t.kinds, t.years], edgeRows));
  }

  window.CoopTable = {render: render};
})();
