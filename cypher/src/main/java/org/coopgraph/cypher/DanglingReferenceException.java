package org.coopgraph.cypher;

/**
 * A write named a node that does not exist (e.g. a skill that is in no taxonomy), so the write was
 * rolled back whole. Validation ({@code DocumentCheck}) normally catches this before anything is sent.
 */
public final class DanglingReferenceException extends IllegalStateException {

    public DanglingReferenceException(String regionId, String query, long missing, long total) {
        super("write to region '" + regionId + "' rolled back, nothing was written: " + missing + " of " + total
                + " rows of '" + query + "' refer to a node that does not exist");
    }
}
