package org.coopgraph.api.errors;

/** The request body is larger than the configured limit: 413. */
public final class PayloadTooLargeException extends RuntimeException {

    private final long limitBytes;

    public PayloadTooLargeException(long limitBytes) {
        super("The request body exceeds the limit of " + limitBytes + " bytes (setting coopgraph.http.max-body-size)");
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
