package io.coo4j.samples.cli;

import io.coo4j.client.CooClient;
import io.coo4j.testkit.Sandbox;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Where the Single Window (or a sandbox) is and how to authenticate: for the commands that talk to it. */
final class ServiceOptions {
    @Option(names = "--endpoint", required = true, paramLabel = "URL",
            description = "The API's base URL, e.g. http://127.0.0.1:8080/v1 (plain http on loopback only).")
    String endpoint;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Bearer token; default: the COO4J_TOKEN environment variable, else the sandbox's default token.")
    String token;

    CooClient client() {
        String t = token != null ? token : System.getenv("COO4J_TOKEN");
        return CooClient.builder().endpoint(endpoint).token(t != null ? t : Sandbox.DEFAULT_TOKEN)
                .pollInterval(Duration.ofMillis(500)).build();
    }
}
