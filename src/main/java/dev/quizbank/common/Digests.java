package dev.quizbank.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/** Content fingerprints: of quiz sources, of request bodies, of representations for ETags. */
public final class Digests {

    private Digests() {
    }

    public static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    public static String sha256Hex(String text) {
        return HexFormat.of().formatHex(sha256(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The opaque part of a strong ETag for a representation: 132 bits of its digest, URL-safe. */
    public static String tag(byte[] representation) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(representation)).substring(0, 22);
    }
}
