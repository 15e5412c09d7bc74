package org.coopgraph.api.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@code hostile/corpus.jsonl}: one request per line (see api/README.md, "Hostile corpus").
 * Lines starting with {@code #} and blank lines are comments. In {@code path} and {@code body},
 * {@code {{repeat:N:TEXT}}} stands for TEXT N times and {@code {{hex:C0AF}}} for raw bytes, so that a
 * 10k-deep array or an invalid UTF-8 sequence stays one readable line.
 */
final class HostileCorpus {

    static final String RESOURCE = "/hostile/corpus.jsonl";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern MACRO = Pattern.compile("\\{\\{(repeat:(\\d+):(.*?)|hex:([0-9A-Fa-f]*))}}");

    /** What the service must answer: a 4xx problem, or (harmless searches) a plain 200. */
    enum Expect { REJECTED, OK }

    /**
     * One hostile request. {@code withKey}: sent with the admin key (default), so a write reaches
     * validation instead of stopping at 401. {@code body} null: no body at all.
     */
    record Entry(int line, String id, String method, byte[] target, Map<String, String> headers, byte[] body,
                 boolean withKey, Expect expect, String why) {

        String path() {
            String text = new String(target, StandardCharsets.UTF_8);
            int query = text.indexOf('?');
            return query < 0 ? text : text.substring(0, query);
        }

        @Override
        public String toString() {
            return "line " + line + " [" + id + "] " + method + " " + abbreviated(new String(target, StandardCharsets.UTF_8))
                    + " (" + why + ")";
        }
    }

    private HostileCorpus() {
    }

    static List<Entry> load() {
        try (InputStream in = HostileCorpus.class.getResourceAsStream(RESOURCE)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            var entries = new ArrayList<Entry>();
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    entries.add(entry(i + 1, JSON.readTree(line)));
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Entry entry(int line, JsonNode node) {
        for (String field : List.of("id", "method", "path", "why")) {
            if (!node.hasNonNull(field)) {
                throw new IllegalArgumentException(RESOURCE + " line " + line + ": '" + field + "' is required");
            }
        }
        var headers = new LinkedHashMap<String, String>();
        if (node.has("headers")) {
            node.get("headers").properties().forEach(h -> headers.put(h.getKey(), h.getValue().asString()));
        }
        byte[] body = null;
        if (node.has("json")) {
            body = JSON.writeValueAsBytes(node.get("json"));
        } else if (node.has("body")) {
            body = expand(node.get("body").asString());
        }
        if ((node.has("json") || node.has("body")) && headers.keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
            headers.put("Content-Type", "application/json");
        }
        Expect expect = node.has("expect") ? Expect.valueOf(node.get("expect").asString()) : Expect.REJECTED;
        boolean withKey = !node.has("key") || node.get("key").asBoolean();
        return new Entry(line, node.get("id").asString(), node.get("method").asString(), expand(node.get("path").asString()),
                headers, body, withKey, expect, node.get("why").asString());
    }

    /** The text as UTF-8 with its {@code {{...}}} macros replaced. */
    static byte[] expand(String text) {
        var out = new ByteArrayOutputStream();
        Matcher m = MACRO.matcher(text);
        int at = 0;
        while (m.find()) {
            out.writeBytes(text.substring(at, m.start()).getBytes(StandardCharsets.UTF_8));
            if (m.group(4) != null) {
                out.writeBytes(HexFormat.of().parseHex(m.group(4)));
            } else {
                out.writeBytes(m.group(3).repeat(Integer.parseInt(m.group(2))).getBytes(StandardCharsets.UTF_8));
            }
            at = m.end();
        }
        out.writeBytes(text.substring(at).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String abbreviated(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }
}
