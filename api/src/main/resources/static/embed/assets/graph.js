/*
 * The drawing: Cytoscape.js with the positions the server computed (preset layout, so every reload
 * draws the same picture), and a keyboard layer. Canvas nodes cannot take focus, so each node has a
 * visually hidden button, in alphabetical order; focusing one centres its node if needed and moves a
 * visible focus ring and caption onto it. Tab and the arrow keys move between nodes, Enter opens the
 * member card, Escape closes it.
 */
(function () {
  'use strict';
  var COLOUR_FIELD = {sector: 'colourSector', helix: 'colourHelix', community: 'colourCommunity'};

  function style(colour, large) {
    return [
      {selector: 'node', style: {
        'background-color': 'data(' + COLOUR_FIELD[colour] + ')', width: 'data(size)', height: 'data(size)',
        'border-width': 1, 'border-color': '#ffffff', label: '', 'font-size': 11, color: '#1b1b1b',
        'text-valign': 'bottom', 'text-margin-y': 2, 'min-zoomed-font-size': large ? 12 : 6,
        'text-background-color': '#ffffff', 'text-background-opacity': 0.7, 'text-background-padding': 1}},
      {selector: 'node.labelled, node:selected, node.focused, node.match', style: {label: 'data(label)',
        'text-wrap': 'ellipsis', 'text-max-width': 140}},
      {selector: 'node[type = "aggregate"]', style: {
        shape: 'round-rectangle', 'border-style': 'dashed', 'border-width': 2, 'border-color': '#1b1b1b'}},
      {selector: 'edge', style: {
        width: 'mapData(weight, 1, 8, 0.6, 4)', 'line-color': '#9a9a9a', opacity: 0.55, 'curve-style': 'haystack'}},
      {selector: 'node:selected, node.focused', style: {'border-width': 4, 'border-color': '#000000'}},
      {selector: '.dim', style: {opacity: 0.15}},
      {selector: 'node.match', style: {'border-width': 3, 'border-color': '#000000'}}
    ];
  }

  function draw(options) {
    var data = options.data;
    var large = data.elements.nodes.length > 800;
    var cy = cytoscape({
      container: options.container, elements: data.elements, style: style(options.colour, large),
      layout: {name: 'preset', fit: true, padding: 24}, minZoom: 0.05, maxZoom: 6,
      textureOnViewport: large, hideEdgesOnViewport: large, pixelRatio: large ? 1 : 'auto',
      boxSelectionEnabled: false, autoungrabify: true
    });
    // A small network fitted to the box would be drawn huge; keep it at a readable scale.
    if (cy.zoom() > 1.6) {
      cy.zoom(1.6);
      cy.center();
    }
    labelHubs(cy);
    window.coopEmbed.cyMs = performance.now() - window.coopEmbed.started;
    var keyboard = keyboardLayer(cy, options);
    cy.on('tap', 'node', function (event) { options.onOpen(event.target.id(), null); });
    cy.on('tap', function (event) { if (event.target === cy) { options.onClose(); } });
    return {
      cy: cy,
      setColour: function (colour) {
        cy.style().selector('node').style('background-color', 'data(' + COLOUR_FIELD[colour] + ')').update();
      },
      focusNode: keyboard.focusNode,
      highlight: function (ids) {
        cy.batch(function () {
          cy.elements().removeClass('dim match');
          if (ids) {
            var keep = {};
            ids.forEach(function (id) { keep[id] = true; });
            cy.nodes().forEach(function (n) { n.addClass(keep[n.id()] ? 'match' : 'dim'); });
            cy.edges().addClass('dim');
          }
        });
      },
      destroy: function () { keyboard.destroy(); cy.destroy(); }
    };
  }

  /* Labels for the best connected nodes only (all of a small graph); others show theirs when focused. */
  function labelHubs(cy) {
    var degrees = cy.nodes().map(function (n) { return n.degree(); }).sort(function (a, b) { return b - a; });
    var cut = cy.nodes().length <= 25 ? 0 : degrees[Math.min(degrees.length - 1, Math.max(4, Math.floor(degrees.length * 0.12)))];
    cy.nodes().filter(function (n) { return n.degree() > cut || cut === 0; }).addClass('labelled');
  }

  function keyboardLayer(cy, options) {
    var holder = options.buttons;
    var ring = options.ring;
    var caption = options.caption;
    var focused = null;
    var collator = new Intl.Collator(document.documentElement.lang);   // far faster than localeCompare per pair
    var nodes = cy.nodes().toArray().map(function (n) { return {node: n, label: n.data('label')}; })
      .sort(function (a, b) { return collator.compare(a.label, b.label); })
      .map(function (entry) { return entry.node; });
    var fragment = document.createDocumentFragment();
    nodes.forEach(function (node, i) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'node-button';
      button.dataset.id = node.id();
      button.dataset.index = String(i);
      button.textContent = options.describe(node.data());
      fragment.appendChild(button);
    });
    holder.textContent = '';
    holder.appendChild(fragment);

    function place() {
      if (!focused) { return; }
      var p = focused.renderedPosition();
      var r = Math.max(focused.renderedWidth(), 12) / 2 + 6;
      ring.style.left = (p.x - r) + 'px';
      ring.style.top = (p.y - r) + 'px';
      ring.style.width = ring.style.height = (2 * r) + 'px';
      caption.style.left = Math.max(0, p.x - 80) + 'px';
      caption.style.top = (p.y + r + 4) + 'px';
    }
    function onFocus(event) {
      var node = cy.getElementById(event.target.dataset.id);
      if (focused) { focused.removeClass('focused'); }
      focused = node;
      node.addClass('focused');
      var p = node.renderedPosition();
      if (p.x < 0 || p.y < 0 || p.x > cy.width() || p.y > cy.height()) { cy.center(node); }
      caption.textContent = node.data('label');
      ring.hidden = caption.hidden = false;
      place();
    }
    function onBlur() {
      if (focused) { focused.removeClass('focused'); }
      focused = null;
      ring.hidden = caption.hidden = true;
    }
    function onKey(event) {
      var index = Number(event.target.dataset.index);
      var next = {ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1,
        Home: 0, End: nodes.length - 1}[event.key];
      if (next !== undefined) {
        event.preventDefault();
        var target = holder.children[Math.max(0, Math.min(nodes.length - 1, next))];
        if (target) { target.focus(); }
      } else if (event.key === 'Escape') {
        options.onClose();
      }
    }
    function onClick(event) {
      if (event.target.dataset.id) { options.onOpen(event.target.dataset.id, event.target); }
    }
    holder.addEventListener('focusin', onFocus);
    holder.addEventListener('focusout', onBlur);
    holder.addEventListener('keydown', onKey);
    holder.addEventListener('click', onClick);
    cy.on('viewport', place);
    return {
      focusNode: function (id) {
        var button = holder.querySelector('[data-id="' + CSS.escape(id) + '"]');
        if (button) { button.focus(); }
      },
      destroy: function () {
        holder.removeEventListener('focusin', onFocus);
        holder.removeEventListener('focusout', onBlur);
        holder.removeEventListener('keydown', onKey);
        holder.removeEventListener('click', onClick);
        holder.textContent = '';
        onBlur();
      }
    };
  }

  window.CoopGraph = {draw: draw};
})();
