package org.coopgraph.api.network;

/** One colour of a legend: the key nodes carry, its label, its colour (#rrggbb) and how many nodes have it. */
public record LegendEntry(String key, String label, String colour, int nodes) {
}
