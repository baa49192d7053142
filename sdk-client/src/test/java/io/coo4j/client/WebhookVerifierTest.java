package io.coo4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.core.CooException;
import io.coo4j.core.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class WebhookVerifierTest {
    private static final byte[] SECRET = "whsec-0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static final byte[] BODY = "{\"number\":\"E254565009990001\",\"status\":\"审核通过\"}".getBytes(StandardCharsets.UTF_8);
    private static final long NOW = 1_760_000_000L;
    private static final WebhookVerifier VERIFIER = WebhookVerifier.of(SECRET, Duration.ofSeconds(300),
            Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));

    @Test
    void acceptsACallbackSignedWithTheSecret() {
        assertThatCode(() -> VERIFIER.verify(BODY, Signatures.webhook(SECRET, NOW - 10, BODY))).doesNotThrowAnyException();
    }

    @Test
    void refusesATamperedBody() {
        String header = Signatures.webhook(SECRET, NOW, BODY);
        byte[] tampered = new String(BODY, StandardCharsets.UTF_8).replace("审核通过", "退证").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> VERIFIER.verify(tampered, header)).isInstanceOf(CooException.class)
                .hasMessageContaining("signature");
    }

    @Test
    void refusesAReplayedOldCallback() {
        assertThatThrownBy(() -> VERIFIER.verify(BODY, Signatures.webhook(SECRET, NOW - 3600, BODY)))
                .hasMessageContaining("tolerance");
    }

    @Test
    void anEventWithoutItsIdIsRefusedNamingIt() {
        byte[] body = ("{\"type\":\"receipt\",\"createdAt\":\"2025-10-02T08:00:00Z\",\"documentKind\":\"certificate\","
                + "\"document\":\"E254565009990001\",\"receipt\":{\"seq\":1,\"time\":\"2025-10-02T08:00:00Z\","
                + "\"code\":\"0000\",\"text\":\"审核通过\",\"status\":\"审核通过\"}}").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> VERIFIER.event(body, Signatures.webhook(SECRET, NOW, body)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problem())
                        .isEqualTo("invalid value: WebhookEvent: id: required, found null"));
    }

    @Test
    void refusesAMissingOrMalformedHeader() {
        assertThatThrownBy(() -> VERIFIER.verify(BODY, null)).hasMessageContaining("no Coo-Signature");
        assertThatThrownBy(() -> VERIFIER.verify(BODY, "v1=abc")).hasMessageContaining("t= and v1=");
        assertThatThrownBy(() -> VERIFIER.verify(BODY, "t=soon,v1=abc")).hasMessageContaining("seconds");
    }
}
