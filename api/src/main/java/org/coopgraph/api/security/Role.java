package org.coopgraph.api.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The role a region's API key has there; written in lower case in JSON and in the store. */
public enum Role {
    /** Reads the full view of its region and writes its data. */
    COORDINATOR(Access.COORDINATOR),
    /** Reads the full view of its region; writes nothing. */
    ANALYST(Access.ANALYST);

    private final Access access;

    Role(Access access) {
        this.access = access;
    }

    public Access access() {
        return access;
    }

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role named exactly {@code value} ("coordinator" or "analyst"), if any. */
    public static Optional<Role> parse(String value) {
        return Arrays.stream(values()).filter(role -> role.value().equals(value)).findFirst();
    }
}
