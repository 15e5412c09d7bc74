package org.coopgraph.api.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP/1.1 over a plain socket, because java.net.http refuses exactly what a hostile client sends:
 * raw bytes in the request target, a lying Content-Length, control characters in headers. One request
 * per connection ({@code Connection: close}), the answer read to the end of the stream.
 */
final class RawHttp {

    /** Where clients send their API key (also accepted: Authorization: Bearer). */
    static final String API_KEY_HEADER = "X-API-Key";
    private static final int TIMEOUT_MILLIS = 10_000;

    private final int port;

    RawHttp(int port) {
        this.port = port;
    }

    /** The answer as received: status, headers (names in lower case) and the de-chunked body. */
    record Response(int status, Map<String, List<String>> headers, byte[] body) {

        Optional<String> header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /**
     * Sends {@code target} (path and query, byte for byte) with the headers given; a Content-Length is
     * added for a body unless the headers already declare one (or a Transfer-Encoding).
     */
    Response send(String method, byte[] target, Map<String, String> headers, byte[] body) {
        var head = new ByteArrayOutputStream();
        head.writeBytes((method + " ").getBytes(StandardCharsets.ISO_8859_1));
        head.writeBytes(target);
        var lines = new StringBuilder(" HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n");
        boolean declared = false;
        for (var header : headers.entrySet()) {
            lines.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
            String name = header.getKey().toLowerCase(Locale.ROOT);
            declared |= name.equals("content-length") || name.equals("transfer-encoding");
        }
        if (body != null && !declared) {
            lines.append("Content-Length: ").append(body.length).append("\r\n");
        }
        lines.append("\r\n");
        head.writeBytes(lines.toString().getBytes(StandardCharsets.UTF_8));
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(head.toByteArray());
            if (body != null) {
                try {
                    out.write(body);
                } catch (IOException refusedMidway) {
                    // The server may answer (413) and close before reading a large body: read that answer.
                }
            }
            out.flush();
            // Half-close: a server still waiting for a declared length sees the end of the body now.
            socket.shutdownOutput();
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        var all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                all.write(buffer, 0, n);
            }
        } catch (java.net.SocketException resetAfterAnswer) {
            if (all.size() == 0) {
                throw resetAfterAnswer;
            }
        }
        return all.toByteArray();
    }

    static Response parse(byte[] raw) {
        int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
        if (end < 0) {
            throw new IllegalStateException("no complete HTTP answer: " + new String(raw, StandardCharsets.ISO_8859_1));
        }
        String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).strip());
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        boolean chunked = headers.getOrDefault("transfer-encoding", List.of()).stream().anyMatch(v -> v.contains("chunked"));
        return new Response(status, headers, chunked ? dechunk(body) : body);
    }

    private static byte[] dechunk(byte[] body) {
        var out = new ByteArrayOutputStream();
        int at = 0;
        while (at < body.length) {
            int lineEnd = indexOf(body, new byte[] {'\r', '\n'}, at);
            String sizeText = new String(body, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip();
            int size = Integer.parseInt(sizeText, 16);
            if (size == 0) {
                break;
            }
            out.write(body, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
