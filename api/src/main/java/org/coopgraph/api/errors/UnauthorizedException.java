package org.coopgraph.api.errors;

/** A write (or another coordinator-only request) came without a valid coordinator API key: 401. */
public final class UnauthorizedException extends RuntimeException {

    public UnauthorizedException(String message) {
        super(message);
    }
}
