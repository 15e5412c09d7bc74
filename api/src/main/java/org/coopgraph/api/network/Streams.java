package org.coopgraph.api.network;

import java.io.IOException;

/**
 * Writers wrap I/O failures in their own exceptions. A client that goes away mid-answer is an
 * IOException underneath; rethrowing that lets Spring treat it as a disconnect instead of a bug.
 */
final class Streams {

    private Streams() {
    }

    static IOException failure(String format, Exception e) throws IOException {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                throw io;
            }
        }
        throw new IllegalStateException("writing " + format + " failed", e);
    }
}
