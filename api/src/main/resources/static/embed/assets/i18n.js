/* Interface texts of the embed page in Dutch and English; labels of data come from the server. */
(function () {
  'use strict';
  var texts = {
    en: {
      skipGraph: 'Skip the network drawing', search: 'Search', colourBy: 'Colour by', sector: 'Sector',
      helix: 'Helix', community: 'Community', show: 'Show', everyone: 'Everyone', viewAsTable: 'View as table',
      hideTable: 'Hide table', neighbours: 'Works with', close: 'Close', legend: 'Legend',
      aggregateHint: 'Dashed squares stand for members who do not appear by name.',
      tableTitle: 'The network as a table', embedThis: 'Put this map on your site',
      snippetLabel: 'Copy this code into your page', copy: 'Copy code', copied: 'Copied',
      snippetHint: 'Options in the address: lang=nl|en, colour=sector|helix|community, height=pixels, helix=, sector=, community=, year=.',
      graphLabel: 'Network drawing of {region}: {nodes} nodes and {edges} ties. Use Tab to go from node to node, or the table.',
      nodesLabel: 'Nodes of the network', loading: 'Loading the network…',
      loaded: '{nodes} nodes and {edges} ties shown.', hidden: '{count} members are shown as sector groups.',
      loadFailed: 'The network could not be loaded.', matches: '{count} found', noMatches: 'Nothing found',
      nodeName: 'Name', kind: 'Kind', projects: 'Projects', ties: 'Ties', years: 'Years', municipality: 'Municipality',
      website: 'Website', members: 'Members', tiesWithin: 'Ties within the group', from: 'From', to: 'To',
      weight: 'Weight', kinds: 'Kinds', nodesCaption: 'Organisations and groups', edgesCaption: 'Ties',
      byHelix: 'By helix', bySector: 'By sector', byCommunity: 'By community', moreNeighbours: 'and {count} more',
      nodeSummary: '{label}, {kind}, {ties} ties', iframeTitle: 'Network',
      kinds_: {COMPANY: 'company', SCHOOL: 'school', KNOWLEDGE_INSTITUTE: 'knowledge institute', BANK: 'bank',
        GOVERNMENT: 'government', ADVISER: 'adviser', FOUNDATION: 'foundation', ASSOCIATION: 'association',
        PERSON: 'person', AGGREGATE: 'group of members'}
    },
    nl: {
      skipGraph: 'Sla de netwerktekening over', search: 'Zoeken', colourBy: 'Kleur naar', sector: 'Sector',
      helix: 'Helix', community: 'Gemeenschap', show: 'Toon', everyone: 'Iedereen', viewAsTable: 'Toon als tabel',
      hideTable: 'Verberg tabel', neighbours: 'Werkt samen met', close: 'Sluiten', legend: 'Legenda',
      aggregateHint: 'Gestippelde vierkanten staan voor leden die niet met naam verschijnen.',
      tableTitle: 'Het netwerk als tabel', embedThis: 'Zet deze kaart op uw site',
      snippetLabel: 'Kopieer deze code in uw pagina', copy: 'Kopieer code', copied: 'Gekopieerd',
      snippetHint: 'Opties in het adres: lang=nl|en, colour=sector|helix|community, height=pixels, helix=, sector=, community=, year=.',
      graphLabel: 'Netwerktekening van {region}: {nodes} knopen en {edges} verbindingen. Ga met Tab van knoop naar knoop, of gebruik de tabel.',
      nodesLabel: 'Knopen van het netwerk', loading: 'Het netwerk wordt geladen…',
      loaded: '{nodes} knopen en {edges} verbindingen getoond.', hidden: '{count} leden staan als sectorgroep in de tekening.',
      loadFailed: 'Het netwerk kon niet worden geladen.', matches: '{count} gevonden', noMatches: 'Niets gevonden',
      nodeName: 'Naam', kind: 'Soort', projects: 'Projecten', ties: 'Verbindingen', years: 'Jaren', municipality: 'Gemeente',
      website: 'Website', members: 'Leden', tiesWithin: 'Verbindingen binnen de groep', from: 'Van', to: 'Naar',
      weight: 'Gewicht', kinds: 'Soorten', nodesCaption: 'Organisaties en groepen', edgesCaption: 'Verbindingen',
      byHelix: 'Per helix', bySector: 'Per sector', byCommunity: 'Per gemeenschap', moreNeighbours: 'en nog {count}',
      nodeSummary: '{label}, {kind}, {ties} verbindingen', iframeTitle: 'Netwerk',
      kinds_: {COMPANY: 'bedrijf', SCHOOL: 'school', KNOWLEDGE_INSTITUTE: 'kennisinstelling', BANK: 'bank',
        GOVERNMENT: 'overheid', ADVISER: 'adviseur', FOUNDATION: 'stichting', ASSOCIATION: 'vereniging',
        PERSON: 'persoon', AGGREGATE: 'groep leden'}
    }
  };

  function format(text, values) {
    return text.replace(/\{(\w+)\}/g, function (all, name) {
      return values && values[name] !== undefined ? String(values[name]) : all;
    });
  }

  window.CoopI18n = {
    strings: function (lang) { return texts[lang] || texts.en; },
    format: format,
    /* Fills every element marked data-i18n (text) or data-i18n-label (aria-label). */
    apply: function (root, t) {
      root.querySelectorAll('[data-i18n]').forEach(function (el) { el.textContent = t[el.dataset.i18n]; });
      root.querySelectorAll('[data-i18n-label]').forEach(function (el) {
        el.setAttribute('aria-label', t[el.dataset.i18nLabel]);
      });
    }
  };
})();
