package io.coo4j.spring.internal;

import io.coo4j.core.reference.ReferenceData;
import io.coo4j.rules.ValidationListener;
import io.coo4j.rules.ValidationPurpose;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Validations as the Micrometer timer {@code coo4j.validation} (see {@code Coo4jMetricsAutoConfiguration}), tagged
 * with a type the reference data knows or {@code unknown}. Thread-safe.
 */
public final class MicrometerValidationListener implements ValidationListener {
    private final TypeTimers timers;

    public MicrometerValidationListener(MeterRegistry registry, ReferenceData reference) {
        this.timers = new TypeTimers(registry, reference);
    }

    @Override
    public void validated(@Nullable String type, ValidationPurpose purpose, boolean valid, int errors, Duration duration) {
        timers.record("coo4j.validation", "Certificate validations by coo4j", type, duration,
                "purpose", purpose.name().toLowerCase(Locale.ROOT), "outcome", valid ? "valid" : "invalid");
    }
}
