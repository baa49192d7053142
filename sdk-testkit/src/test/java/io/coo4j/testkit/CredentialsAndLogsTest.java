package io.coo4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.client.CooClient;
import io.coo4j.client.ServiceUnavailableException;
import io.coo4j.client.UnauthorizedException;
import io.coo4j.core.lifecycle.CertificateState;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Tokens, signed requests, and what reaches the logs (slf4j-simple on stderr, io.coo4j at debug: see the pom). */
class CredentialsAndLogsTest {
    private static final String TOKEN = "tok-7f3a9c1e5b2d4f60";
    private static final byte[] SECRET = "s3cr3t-hmac-key-0123456789".getBytes(StandardCharsets.UTF_8);

    @Test
    void wrongTokenIsUnauthorized() {
        try (Sandbox sandbox = Sandbox.builder().token(TOKEN).start();
             CooClient client = sandbox.clientBuilder().token("not-the-token").build()) {
            assertThatThrownBy(() -> client.certificates().status("E254565009990001"))
                    .isInstanceOf(UnauthorizedException.class);
        }
    }

    @Test
    void signedRequestsAreAcceptedAndAWrongSecretIsNot() {
        try (Sandbox sandbox = Sandbox.builder().hmacKey("erp-1", SECRET).start();
             CooClient signed = sandbox.clientBuilder().hmac("erp-1", SECRET).build();
             CooClient wrong = sandbox.clientBuilder().hmac("erp-1", "another-secret-0123456789".getBytes(StandardCharsets.UTF_8)).build()) {
            assertThat(signed.certificates().save(SampleData.certificate()).state()).isEqualTo(CertificateState.DRAFT);
            assertThatThrownBy(() -> wrong.certificates().save(SampleData.certificate()))
                    .isInstanceOf(UnauthorizedException.class);
        }
    }

    @Test
    void noLogLineHoldsACredentialAnIdNumberOrAPhone() {
        String declarantId = SampleData.certificate().declarant().idNumber();
        String phone = SampleData.certificate().declarant().phone();
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try (Sandbox sandbox = Sandbox.builder().token(TOKEN).hmacKey("erp-1", SECRET).reviewDelay(Duration.ofMillis(5))
                .start();
             CooClient byToken = sandbox.newClient();
             CooClient bySignature = sandbox.clientBuilder().hmac("erp-1", SECRET).build()) {
            String number = null;
            for (CooClient client : new CooClient[] {byToken, bySignature}) {
                number = client.certificates().declare(SampleData.certificate()).certificate().number();
                client.certificates().awaitStatus(number, CertificateState.APPROVED, Duration.ofSeconds(10));
            }
            sandbox.faults(Faults.builder().errorRate(1).build()); // every retry is logged
            String last = number;
            assertThatThrownBy(() -> bySignature.certificates().status(last)).isInstanceOf(ServiceUnavailableException.class);
        } finally {
            System.setErr(original);
        }
        String logs = captured.toString(StandardCharsets.UTF_8);

        assertThat(logs).contains("declaring E certificate").contains("attempt").contains("440*************34");
        assertThat(logs).doesNotContain(TOKEN).doesNotContain(declarantId).doesNotContain(phone)
                .doesNotContain(new String(SECRET, StandardCharsets.UTF_8)).doesNotContain("Bearer");
    }
}
