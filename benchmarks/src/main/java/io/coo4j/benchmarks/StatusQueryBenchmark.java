package io.coo4j.benchmarks;

import io.coo4j.client.CooClient;
import io.coo4j.client.RetryPolicy;
import io.coo4j.client.CertificateStatus;
import io.coo4j.testkit.Sandbox;
import io.coo4j.testkit.SampleData;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Issue 5: certificate status queries (what {@code awaitStatus} polls) per second against the simulator on loopback,
 * 64 concurrent callers sharing one client and its connection pool; the target is ≥ 2,000/s. Both modes run: the
 * throughput, and the sampled latency whose {@code p0.99} line is the p99. Client and server share the machine, so the
 * figure is the pair's, not the client's alone. The thread count is set here: run without {@code -t}
 * ({@code java -jar benchmarks/target/benchmarks.jar StatusQueryBenchmark}).
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.SECONDS)
public class StatusQueryBenchmark {
    private static final int CERTIFICATES = 100;

    private Sandbox sandbox;
    private CooClient client;
    private String[] numbers;

    @Setup(Level.Trial)
    public void start() {
        sandbox = Sandbox.builder().threads(64).reviewDelay(Duration.ofMillis(1)).start();
        client = sandbox.clientBuilder().connectionPool(64, Duration.ofMinutes(5)).retryPolicy(RetryPolicy.none()).build();
        numbers = new String[CERTIFICATES];
        for (int i = 0; i < CERTIFICATES; i++) {
            numbers[i] = client.certificates().declare(SampleData.certificate().toBuilder().invoiceNumber("B-" + i).build())
                    .certificate().number();
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        client.close();
        sandbox.close();
    }

    @Benchmark
    @Threads(64)
    public CertificateStatus status() {
        return client.certificates().status(numbers[ThreadLocalRandom.current().nextInt(CERTIFICATES)]);
    }
}
