package org.coopgraph.analytics.report;

/**
 * What coordinators decided on suggested partnerships (decisions carry no date, so these are totals
 * at the data version): {@code accepted} and {@code rejected} pairs, and of the accepted pairs those
 * with a tie between the two members active in the report year ({@code acceptedWithTie}) and in the
 * previous year ({@code acceptedWithTiePrevious}, null without a previous year).
 */
public record SuggestionsSection(int accepted, int rejected, int acceptedWithTie, Integer acceptedWithTiePrevious) {
}
