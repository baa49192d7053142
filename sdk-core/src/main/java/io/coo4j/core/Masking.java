package io.coo4j.core;

import org.jspecify.annotations.Nullable;

/** Masks personal data (ID numbers, phones) for logs: keeps the first 3 and last 2 characters. */
public final class Masking {
    private Masking() {
    }

    /** {@code 440301199001011234} → {@code 440*************34}; short values are masked whole. */
    public static @Nullable String mask(@Nullable String value) {
        if (value == null) {
            return null;
        }
        int n = value.length();
        if (n <= 6) {
            return "*".repeat(n);
        }
        return value.substring(0, 3) + "*".repeat(n - 5) + value.substring(n - 2);
    }
}
