/* Legend, member card, search and the embed snippet. Everything shown comes from the export the
 * server already checked for consent; nothing here adds names. Text is set with textContent only. */
(function () {
  'use strict';
  var f = function (t, key, values) { return CoopI18n.format(t[key], values); };

  function el(tag, text, className) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    if (className) { e.className = className; }
    return e;
  }

  function legend(list, data, colour) {
    list.textContent = '';
    (data.legends[colour] || []).forEach(function (entry) {
      var item = el('li');
      var swatch = el('span', null, 'swatch');
      swatch.style.backgroundColor = entry.colour;
      swatch.setAttribute('aria-hidden', 'true');
      item.appendChild(swatch);
      item.appendChild(el('span', entry.label + ' (' + entry.nodes + ')'));
      list.appendChild(item);
    });
  }

  function kindText(t, kind) { return (t.kinds_ && t.kinds_[kind]) || kind; }

  /* Helix names as the server wrote them in the legend, in the page's language. */
  var helixLabels = {};
  function setHelixLabels(data) {
    helixLabels = {};
    (data.legends.helix || []).forEach(function (entry) { helixLabels[entry.key] = entry.label; });
  }
  function helixText(key) { return helixLabels[key] || key; }

  function describe(t, d) {
    return f(t, 'nodeSummary', {label: d.label, kind: kindText(t, d.kind), ties: d.degree});
  }

  /* The card of one node: facts and neighbours (buttons that move focus to them). */
  function card(parts, t, node, onNeighbour) {
    var d = node.data();
    parts.title.textContent = d.label;
    parts.facts.textContent = '';
    var facts = [[t.kind, kindText(t, d.kind)], [t.helix, helixText(d.helix)], [t.sector, d.sector ? d.sector + ' ' + (d.sectorName || '') : null],
      [t.municipality, d.municipality], [t.years, d.years], [t.projects, d.projects], [t.ties, d.degree]];
    if (d.type === 'aggregate') {
      facts.push([t.members, d.members], [t.tiesWithin, d.internalTies]);
    }
    facts.forEach(function (fact) {
      if (fact[1] === null || fact[1] === undefined || fact[1] === '') { return; }
      parts.facts.appendChild(el('dt', fact[0]));
      parts.facts.appendChild(el('dd', String(fact[1])));
    });
    if (d.website && /^https?:\/\//i.test(d.website)) {
      parts.facts.appendChild(el('dt', t.website));
      var dd = el('dd');
      var link = el('a', d.website);
      link.href = d.website;
      link.rel = 'noopener noreferrer';
      link.target = '_blank';
      dd.appendChild(link);
      parts.facts.appendChild(dd);
    }
    parts.neighbours.textContent = '';
    var neighbours = node.neighborhood('node').toArray().sort(function (a, b) { return b.degree() - a.degree(); });
    neighbours.slice(0, 15).forEach(function (n) {
      var item = el('li');
      var button = el('button', n.data('label'), 'link-button');
      button.type = 'button';
      button.addEventListener('click', function () { onNeighbour(n.id()); });
      item.appendChild(button);
      parts.neighbours.appendChild(item);
    });
    if (neighbours.length > 15) {
      parts.neighbours.appendChild(el('li', f(t, 'moreNeighbours', {count: neighbours.length - 15})));
    }
    parts.card.hidden = false;
    parts.title.focus();
  }

  function normal(text) {
    return String(text).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  function search(parts, t, nodes, onPick, onHighlight) {
    var index = nodes.map(function (n) { return {id: n.data.id, label: n.data.label, key: normal(n.data.label)}; });
    parts.input.oninput = function () {
      var q = normal(parts.input.value.trim());
      parts.results.textContent = '';
      if (!q) { parts.count.textContent = ''; onHighlight(null); return; }
      var found = index.filter(function (n) { return n.key.indexOf(q) >= 0; });
      parts.count.textContent = found.length ? f(t, 'matches', {count: found.length}) : t.noMatches;
      onHighlight(found.map(function (n) { return n.id; }));
      found.slice(0, 8).forEach(function (n) {
        var item = el('li');
        var button = el('button', n.label, 'link-button');
        button.type = 'button';
        button.addEventListener('click', function () { onPick(n.id); });
        item.appendChild(button);
        parts.results.appendChild(item);
      });
    };
  }

  function filterOptions(select, t, data, current) {
    var legends = data.legends;
    while (select.options.length > 1) { select.remove(1); }
    [['helix', t.byHelix], ['sector', t.bySector], ['community', t.byCommunity]].forEach(function (group) {
      var optgroup = document.createElement('optgroup');
      optgroup.label = group[1];
      (legends[group[0]] || []).forEach(function (entry) {
        if (entry.key === '?' || entry.key === 'MIXED' || entry.key === 'other') { return; }
        var value = group[0] + ':' + (group[0] === 'community' ? String(Number(entry.key)) : entry.key);
        var option = new Option(entry.label, value);
        optgroup.appendChild(option);
      });
      if (optgroup.children.length) { select.appendChild(optgroup); }
    });
    if (current) {
      var known = Array.prototype.some.call(select.options, function (o) { return o.value === current; });
      if (!known) { select.appendChild(new Option(current, current)); }
      select.value = current;
    }
  }

  function attr(text) {
    return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }

  function snippet(textarea, t, settings) {
    var url = new URL(location.href);
    url.search = '';
    Object.keys(settings.params).forEach(function (k) {
      if (settings.params[k] !== null && settings.params[k] !== '') { url.searchParams.set(k, settings.params[k]); }
    });
    textarea.value = '<iframe src="' + attr(url.toString()) + '" title="' + attr(t.iframeTitle + ': ' + settings.regionName)
      + '" width="100%" height="' + Number(settings.height) + '" style="border:0" loading="lazy"></iframe>';
  }

  window.CoopPanels = {legend: legend, card: card, search: search, describe: describe,
    filterOptions: filterOptions, snippet: snippet, el: el, kindText: kindText, helixText: helixText,
    setHelixLabels: setHelixLabels};
})();
