package io.coo4j.spring.internal;

import io.coo4j.core.reference.ReferenceData;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Timers tagged with a certificate type, for the validation and render listeners. The {@code type} tag is a type the
 * reference data knows, else {@code unknown}: a certificate's type is outside input, and a tag per string it holds
 * would grow the registry without bound. Thread-safe.
 */
final class TypeTimers {
    private final MeterRegistry registry;
    private final ReferenceData reference;

    TypeTimers(MeterRegistry registry, ReferenceData reference) {
        this.registry = registry;
        this.reference = reference;
    }

    /** Records {@code duration} in the timer {@code name} with the type tag and {@code tags} (name, value pairs). */
    void record(String name, String description, @Nullable String type, Duration duration, String... tags) {
        String known = type != null && reference.certificateType(type).isPresent() ? type : "unknown";
        Timer.builder(name).description(description).tag("type", known).tags(tags).register(registry).record(duration);
    }
}
