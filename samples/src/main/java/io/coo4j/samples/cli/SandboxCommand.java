package io.coo4j.samples.cli;

import io.coo4j.testkit.Sandbox;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code coo sandbox}: runs the Single Window simulator on loopback until interrupted. */
@Command(name = "sandbox", description = "Runs the Single Window simulator (sdk-testkit) on 127.0.0.1 until interrupted; "
        + "docs/api.md is what it answers.")
final class SandboxCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", description = "Port on 127.0.0.1; 0 picks a free one (default: ${DEFAULT-VALUE}).",
            defaultValue = "8080")
    int port;

    @Option(names = "--review-delay", paramLabel = "MS", defaultValue = "1000",
            description = "Milliseconds between receipts of a declaration (default: ${DEFAULT-VALUE}).")
    long reviewDelayMillis;

    @Option(names = "--token", paramLabel = "TOKEN", description = "The bearer token it accepts (default: the sandbox's own).")
    String token;

    @Option(names = "--journal", paramLabel = "FILE",
            description = "Keep the sandbox's records in FILE and rebuild them from it on the next start.")
    Path journal;

    @Option(names = "--stop-after", paramLabel = "SECONDS",
            description = "Stop after this many seconds instead of running until interrupted.")
    Long stopAfter;

    @Override
    public Integer call() throws InterruptedException {
        Sandbox.Builder b = Sandbox.builder().port(port).reviewDelay(Duration.ofMillis(reviewDelayMillis));
        if (token != null) {
            b.token(token);
        }
        if (journal != null) {
            b.journal(journal);
        }
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch stopped = new CountDownLatch(1);
        try (Sandbox sandbox = b.start()) {
            out.println("Single Window sandbox on " + sandbox.endpoint());
            if (journal != null) {
                out.println("records kept in " + journal);
            }
            out.println("token: " + (token == null ? Sandbox.DEFAULT_TOKEN + " (the default)" : "as given"));
            out.println("try:   coo status NUMBER --endpoint " + sandbox.endpoint());
            out.flush();
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            if (stopAfter == null) {
                stopped.await();
            } else {
                stopped.await(stopAfter, TimeUnit.SECONDS);
            }
        }
        return Coo.OK;
    }
}
