package org.coopgraph.api.embed;

/** The copy-paste {@code <iframe>} for an embed page address; every value is attribute-escaped. */
final class IframeSnippet {

    static final int DEFAULT_HEIGHT = 600;

    private IframeSnippet() {
    }

    static String of(String embedUrl, String title, int height) {
        return "<iframe src=\"" + EmbedPage.escape(embedUrl) + "\" title=\"" + EmbedPage.escape(title)
                + "\" width=\"100%\" height=\"" + height + "\" style=\"border:0\" loading=\"lazy\"></iframe>";
    }
}
