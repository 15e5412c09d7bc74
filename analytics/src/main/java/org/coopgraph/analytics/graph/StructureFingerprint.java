package org.coopgraph.analytics.graph;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 over a CSR graph's arrays, each preceded by its length, so different shapes never run together. */
final class StructureFingerprint {

    private StructureFingerprint() {
    }

    static String of(int[] offsets, int[] targets, double[] weights) {
        MessageDigest digest = sha256();
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        buffer.putInt(offsets.length).putInt(targets.length).putInt(weights.length);
        for (int value : offsets) {
            buffer = room(digest, buffer).putInt(value);
        }
        for (int value : targets) {
            buffer = room(digest, buffer).putInt(value);
        }
        for (double value : weights) {
            buffer = room(digest, buffer).putLong(Double.doubleToLongBits(value));
        }
        buffer.flip();
        digest.update(buffer);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The buffer with at least 8 bytes free, its content passed to the digest if it was full. */
    private static ByteBuffer room(MessageDigest digest, ByteBuffer buffer) {
        if (buffer.remaining() < Long.BYTES) {
            buffer.flip();
            digest.update(buffer);
            buffer.clear();
        }
        return buffer;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
