package io.coo4j.spring.internal;

import io.coo4j.core.reference.ReferenceData;
import io.coo4j.rules.ValidationListener;
import io.coo4j.rules.ValidationPurpose;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Validations as the Micrometer timer {@code coo4j.validation} (see {@code Coo4jMetricsAutoConfiguration}). The
 * {@code type} tag is a type the reference data knows, else {@code unknown}: a certificate's type is outside input,
 * and a tag per string it holds would grow the registry without bound. Thread-safe.
 */
public final class MicrometerValidationListener implements ValidationListener {
    private final MeterRegistry registry;
    private final ReferenceData reference;

    public MicrometerValidationListener(MeterRegistry registry, ReferenceData reference) {
        this.registry = registry;
        this.reference = reference;
    }

    @Override
    public void validated(@Nullable String type, ValidationPurpose purpose, boolean valid, int errors, Duration duration) {
        Timer.builder("coo4j.validation").description("Certificate validations by coo4j")
                .tag("type", knownType(reference, type)).tag("purpose", purpose.name().toLowerCase(Locale.ROOT))
                .tag("outcome", valid ? "valid" : "invalid").register(registry).record(duration);
    }

    /** {@code type} when the reference data knows it, else {@code unknown}: tags stay a bounded set. */
    static String knownType(ReferenceData reference, @Nullable String type) {
        return type != null && reference.certificateType(type).isPresent() ? type : "unknown";
    }
}
