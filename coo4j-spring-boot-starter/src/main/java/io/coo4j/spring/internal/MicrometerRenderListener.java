package io.coo4j.spring.internal;

import io.coo4j.core.reference.ReferenceData;
import io.coo4j.print.DocumentKind;
import io.coo4j.print.RenderListener;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Renders as the Micrometer timer {@code coo4j.render} (see {@code Coo4jMetricsAutoConfiguration}), tagged with a type
 * the reference data knows or {@code unknown}. Thread-safe.
 */
public final class MicrometerRenderListener implements RenderListener {
    private final TypeTimers timers;

    public MicrometerRenderListener(MeterRegistry registry, ReferenceData reference) {
        this.timers = new TypeTimers(registry, reference);
    }

    @Override
    public void rendered(@Nullable String type, DocumentKind kind, @Nullable RuntimeException failure, Duration duration) {
        timers.record("coo4j.render", "PDF renders by coo4j", type, duration,
                "document", kind.name().toLowerCase(Locale.ROOT), "outcome", failure == null ? "success" : "failure");
    }
}
