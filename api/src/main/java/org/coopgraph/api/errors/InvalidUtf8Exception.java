package org.coopgraph.api.errors;

import java.io.IOException;

/** A request body that is not well-formed UTF-8, found at byte {@code offset}; answered 400 malformed-body. */
public final class InvalidUtf8Exception extends IOException {

    private final long offset;

    public InvalidUtf8Exception(long offset) {
        super("the body is not valid UTF-8 at byte " + offset);
        this.offset = offset;
    }

    public long offset() {
        return offset;
    }
}
