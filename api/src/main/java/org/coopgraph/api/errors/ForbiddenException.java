package org.coopgraph.api.errors;

/**
 * The caller proved who it is but may not do this (e.g. an embed token of another region, or one
 * that grants only the public view): 403.
 */
public final class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
