package io.coo4j.spring.internal;

import io.coo4j.core.data.DataPack;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The {@code coo4j} health component: which data pack tables are loaded (a pack without tables is still UP: checks
 * that need them report "not checked"), and, when a client endpoint is configured, whether its host accepts a TCP
 * connection within the client's connect timeout (DOWN otherwise). No request is sent: a health probe must not count
 * against the gateway's rate limits or need credentials.
 */
public final class Coo4jHealthIndicator extends AbstractHealthIndicator {
    private final DataPack pack;
    private final URI endpoint;
    private final Duration connectTimeout;

    /** {@code endpoint} may be null (no client configured). */
    public Coo4jHealthIndicator(DataPack pack, String endpoint, Duration connectTimeout) {
        super("coo4j health check failed");
        this.pack = pack;
        this.endpoint = endpoint == null ? null : URI.create(endpoint);
        this.connectTimeout = connectTimeout;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        List<String> tables = new ArrayList<>();
        pack.hsNomenclature().ifPresent(t -> tables.add("hs-nomenclature"));
        pack.psrTables().keySet().forEach(agreement -> tables.add("psr:" + agreement));
        pack.customsDistricts().ifPresent(t -> tables.add("customs-districts"));
        pack.hsCorrelation().ifPresent(t -> tables.add("hs-correlation"));
        health.up().withDetail("dataPack", pack.folder().map(Object::toString).orElse("none"))
                .withDetail("dataPackTables", tables);
        if (endpoint != null) {
            health.withDetail("endpoint", endpoint.getScheme() + "://" + endpoint.getHost() + ":" + port());
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(endpoint.getHost(), port()), (int) connectTimeout.toMillis());
                health.withDetail("endpointReachable", true);
            } catch (Exception e) {
                health.down().withDetail("endpointReachable", false).withDetail("endpointError", e.toString());
            }
        }
    }

    private int port() {
        return endpoint.getPort() > 0 ? endpoint.getPort() : "https".equalsIgnoreCase(endpoint.getScheme()) ? 443 : 80;
    }
}
