package io.coo4j.print.internal;

import io.coo4j.print.FontProvider;
import java.util.Optional;

/** A font provider over bytes read once (or none, for the standard Latin font). */
public record FixedFont(String name, byte[] bytes) implements FontProvider {
    @Override
    public Optional<byte[]> trueType() {
        return Optional.ofNullable(bytes);
    }
}
