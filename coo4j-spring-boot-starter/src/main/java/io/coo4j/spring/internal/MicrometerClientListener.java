package io.coo4j.spring.internal;

import io.coo4j.client.CallInfo;
import io.coo4j.client.CooClientListener;
import io.coo4j.client.CooServiceException;
import io.coo4j.client.CooTimeoutException;
import io.coo4j.client.CooTransportException;
import io.coo4j.core.CooException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * The client's calls and retries as Micrometer meters ({@code coo4j.client.calls}, {@code coo4j.client.retries}; see
 * {@code Coo4jMetricsAutoConfiguration}). Tags are bounded: operations and exception types are a fixed set, and
 * nothing a call names (a certificate number, a path) becomes a tag. Thread-safe.
 */
public final class MicrometerClientListener implements CooClientListener {
    private static final String NONE = "NONE";

    private final MeterRegistry registry;

    public MicrometerClientListener(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void retry(CallInfo call, int attempt, Duration delay, CooException cause) {
        Counter.builder("coo4j.client.retries").description("Retries of Single Window calls by coo4j's client")
                .tag("operation", call.operation()).register(registry).increment();
    }

    @Override
    public void callEnd(CallInfo call, Duration duration, int status) {
        record(call, duration, "SUCCESS", Integer.toString(status), "none");
    }

    @Override
    public void callFailed(CallInfo call, Duration duration, RuntimeException failure) {
        String outcome;
        String status = NONE;
        if (failure instanceof CooServiceException s) {
            status = Integer.toString(s.httpStatus());
            outcome = s.httpStatus() >= 500 ? "SERVER_ERROR" : s.httpStatus() >= 400 ? "CLIENT_ERROR" : "UNKNOWN";
        } else if (failure instanceof CooTimeoutException) {
            outcome = "TIMEOUT";
        } else if (failure instanceof CooTransportException) {
            outcome = "TRANSPORT_ERROR";
        } else {
            outcome = "UNKNOWN";
        }
        record(call, duration, outcome, status, failure.getClass().getSimpleName());
    }

    private void record(CallInfo call, Duration duration, String outcome, String status, String exception) {
        Timer.builder("coo4j.client.calls").description("Single Window calls by coo4j's client, retries included")
                .tag("operation", call.operation()).tag("outcome", outcome).tag("status", status)
                .tag("exception", exception).register(registry).record(duration);
    }
}
