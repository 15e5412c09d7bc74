package org.coopgraph.api.reports.render;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the PDF says about itself. {@code date} comes from the data (e.g. 1 January of the report
 * year), never from the clock, and {@code documentKey} (e.g. the report's content hash) seeds the
 * file identifier: the same report gives the same bytes.
 */
public record PdfMetadata(String title, String subject, String author, String keywords, String language,
                          LocalDate date, String documentKey) {

    public PdfMetadata {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(documentKey, "documentKey");
    }
}
