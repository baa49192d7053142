package io.coo4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.coo4j.core.testing.GeneratedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Known answers computed with {@code openssl dgst -sha256 -hmac} (docs/api.md, "Signature test vectors"): the other
 * tests sign and verify with {@link Signatures} itself, so a change to the canonical string would pass them all.
 */
class SignaturesTest {
    private static final long TIME = 1_767_225_600L;
    private static final byte[] REQUEST_SECRET = utf8("test-secret");
    private static final byte[] WEBHOOK_SECRET = utf8("whsec-test");
    private static final byte[] WEBHOOK_BODY = utf8("{\"id\":\"evt_1\",\"receipt\":{\"text\":\"审核通过\"}}");
    private static final String POST = "MRWF9Tvl1Y1O8eSIHYXZYsIoAE8CbYk+JQeLFSWs4mA=";
    private static final String GET = "fKeKKK/CAP2Oid9pIE3wcInVfaZG4SjPG6Y4ydbJ1Y4=";
    private static final String WEBHOOK = "t=1767225600,v1=03cd63dcc363051b5923c8a4c7057f67b83a07b5a192d703808c753a322426fd";

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void requestSignaturesMatchOpenssl() {
        assertThat(Signatures.request(REQUEST_SECRET, "POST", "/v1/certificates", TIME, utf8("{\"type\":\"E\"}"))).isEqualTo(POST);
        assertThat(Signatures.request(REQUEST_SECRET, "GET", "/v1/certificates?pageSize=2", TIME, new byte[0])).isEqualTo(GET);
    }

    @Test
    void webhookSignaturesMatchOpensslAndAreAccepted() {
        assertThat(WEBHOOK_BODY).hasSize(48);
        assertThat(Signatures.webhook(WEBHOOK_SECRET, TIME, WEBHOOK_BODY)).isEqualTo(WEBHOOK);
        WebhookVerifier verifier = WebhookVerifier.of(WEBHOOK_SECRET, Duration.ofSeconds(300), Clock.fixed(Instant.ofEpochSecond(TIME), ZoneOffset.UTC));
        assertThatCode(() -> verifier.verify(WEBHOOK_BODY, WEBHOOK)).doesNotThrowAnyException();
    }

    @Test
    void theDocumentedVectorsAreTheseOnes() throws IOException {
        assertThat(Files.readString(GeneratedFiles.projectRoot().resolve("docs/api.md"))).contains(POST, GET, WEBHOOK);
    }
}
