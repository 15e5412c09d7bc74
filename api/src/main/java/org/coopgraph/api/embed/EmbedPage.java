package org.coopgraph.api.embed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The embed page's HTML: a template with {@code {{name}}} slots, every value HTML-escaped. The page
 * holds no network data; its script loads the consent-checked export, so the HTML is the same for
 * every view. The drawing library's WebJar version is read from the WebJar itself, so upgrading the
 * dependency needs no code change.
 */
@Component
public final class EmbedPage {

    private static final Pattern SLOT = Pattern.compile("\\{\\{([a-zA-Z]+)}}");

    private final String template;
    private final String cytoscapeVersion;

    public EmbedPage() {
        this.template = resource("/templates/embed/page.html");
        Properties pom = new Properties();
        try {
            pom.load(new java.io.StringReader(resource("/META-INF/maven/org.webjars.npm/cytoscape/pom.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.cytoscapeVersion = pom.getProperty("version");
    }

    String render(Map<String, String> values) {
        Matcher slot = SLOT.matcher(template);
        StringBuilder html = new StringBuilder(template.length() + 256);
        while (slot.find()) {
            String value = "cytoscapeVersion".equals(slot.group(1)) ? cytoscapeVersion : values.get(slot.group(1));
            if (value == null) {
                throw new IllegalStateException("embed page template slot without value: " + slot.group(1));
            }
            slot.appendReplacement(html, Matcher.quoteReplacement(escape(value)));
        }
        slot.appendTail(html);
        return html.toString();
    }

    static String escape(String text) {
        var out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String resource(String path) {
        try (InputStream in = EmbedPage.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
