package org.coopgraph.api.network;

import java.io.IOException;

/**
 * Writers wrap I/O failures in their own exceptions; this rethrows the IOException underneath, so a
 * caller writing to a stream it does not own (a file, a socket) sees an I/O failure rather than a bug.
 * The service itself writes exports to memory ({@link NetworkController}), where none can happen.
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
