package dev.licit.store.decision;

import java.nio.charset.StandardCharsets;

/**
 * A decision document as text and as the UTF-8 bytes it was written as: the bytes are what its
 * SHA-256 is taken over, what the journal records and what the embedded store keeps (migration V8),
 * so they are encoded once, on the thread that prepared the decision, and never again. Two are equal
 * when their texts are.
 */
record DocumentText(String text, byte[] utf8) {
    static DocumentText of(String text) {
        return new DocumentText(text, text.getBytes(StandardCharsets.UTF_8));
    }

    static DocumentText of(byte[] utf8) {
        return new DocumentText(new String(utf8, StandardCharsets.UTF_8), utf8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DocumentText other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
