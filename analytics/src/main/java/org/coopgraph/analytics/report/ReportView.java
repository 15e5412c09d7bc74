package org.coopgraph.analytics.report;

/**
 * Who a report is for. PUBLIC names only members who consented to a public profile (others appear as
 * "a member in sector X", without id or name); FULL, for coordinators and analysts, names everyone.
 */
public enum ReportView { PUBLIC, FULL }
