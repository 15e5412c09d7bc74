package org.coopgraph.api.errors;

import java.util.List;
import tools.jackson.core.JacksonException;

/** Turns Jackson's location of a bad value into the JSON pointer (RFC 6901) clients see in errors. */
public final class JsonPointers {

    private JsonPointers() {
    }

    /** A JSON pointer for a Jackson path; "" is the whole body. */
    public static String of(List<JacksonException.Reference> path) {
        var sb = new StringBuilder();
        for (JacksonException.Reference ref : path) {
            sb.append('/');
            if (ref.getPropertyName() != null) {
                sb.append(ref.getPropertyName().replace("~", "~0").replace("/", "~1"));
            } else {
                sb.append(ref.getIndex());
            }
        }
        return sb.toString();
    }
}
