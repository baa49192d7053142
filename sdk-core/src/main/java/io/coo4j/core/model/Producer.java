package io.coo4j.core.model;

import org.jspecify.annotations.Nullable;

/**
 * The certificate-level producer description (生产商) of the Korea-like forms (001 §1.3). When
 * {@code confidential} (生产商保密) the form prints {@code AVAILABLE UPON REQUEST} instead.
 *
 * @param name the producer's name
 * @param address the producer's address
 * @param confidential whether the producer is confidential (生产商保密), printing {@code AVAILABLE UPON REQUEST}
 */
public record Producer(@Nullable String name, @Nullable String address, boolean confidential) {
    /** No producer: nothing printed, not confidential. */
    public static final Producer NONE = new Producer(null, null, false);
}
