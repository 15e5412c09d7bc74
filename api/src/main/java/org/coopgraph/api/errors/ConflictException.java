package org.coopgraph.api.errors;

/** The request clashes with what exists (e.g. creating a member whose id is taken): 409. */
public final class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
