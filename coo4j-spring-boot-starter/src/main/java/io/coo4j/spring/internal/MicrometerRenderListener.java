package io.coo4j.spring.internal;

import io.coo4j.core.reference.ReferenceData;
import io.coo4j.print.DocumentKind;
import io.coo4j.print.RenderListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Renders as the Micrometer timer {@code coo4j.render} (see {@code Coo4jMetricsAutoConfiguration}), tagged with a type
 * the reference data knows or {@code unknown}, as {@link MicrometerValidationListener} does. Thread-safe.
 */
public final class MicrometerRenderListener implements RenderListener {
    private final MeterRegistry registry;
    private final ReferenceData reference;

    public MicrometerRenderListener(MeterRegistry registry, ReferenceData reference) {
        this.registry = registry;
        this.reference = reference;
    }

    @Override
    public void rendered(@Nullable String type, DocumentKind kind, @Nullable RuntimeException failure, Duration duration) {
        Timer.builder("coo4j.render").description("PDF renders by coo4j")
                .tag("type", MicrometerValidationListener.knownType(reference, type))
                .tag("document", kind.name().toLowerCase(Locale.ROOT))
                .tag("outcome", failure == null ? "success" : "failure").register(registry).record(duration);
    }
}
