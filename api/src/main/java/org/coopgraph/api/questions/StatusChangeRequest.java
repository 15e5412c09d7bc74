package org.coopgraph.api.questions;

/** The body of {@code POST .../questions/{id}/status}: the new status and the date it happened (ISO, optional: today). */
record StatusChangeRequest(String status, String on) {
}
