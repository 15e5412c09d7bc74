package org.coopgraph.api.regions;

/**
 * RFC 9110 entity tags as this API uses them. A body sent gzip-compressed is another representation,
 * so it carries its own strong tag: the identity tag with {@code -gzip} before the closing quote (as
 * Apache httpd does). A client revalidating with either tag gets 304 while the data is unchanged.
 */
public final class EntityTags {

    private static final String GZIP_SUFFIX = "-gzip\"";

    private EntityTags() {
    }

    /** The tag of the gzip-compressed representation of the body tagged {@code etag}. */
    public static String gzip(String etag) {
        return etag.substring(0, etag.length() - 1) + GZIP_SUFFIX;
    }

    /**
     * If-None-Match holds {@code "*"}, {@code etag} or its gzip tag, compared weakly (a {@code W/}
     * prefix is ignored, as RFC 9110 asks for If-None-Match).
     */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String gzip = gzip(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            tag = tag.startsWith("W/") ? tag.substring(2) : tag;
            if (tag.equals("*") || tag.equals(etag) || tag.equals(gzip)) {
                return true;
            }
        }
        return false;
    }
}
