package io.coo4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.lifecycle.VerificationState;
import io.coo4j.core.model.AttachmentKind;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The sub-clients' checks before anything is sent, and their waits that end at a final state. */
class SubClientsTest {
    private static final Duration LONG = Duration.ofSeconds(60);

    private MockWebServer server;
    private CooClient client;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        client = CooClient.builder().endpoint(server.url("/v1").toString()).token("t0k3n")
                .pollInterval(Duration.ofMillis(5)).build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void nullArgumentsAreRefusedNamingTheFieldBeforeAnythingIsSent() {
        refused(() -> client.agents().edit(null), "agent");
        refused(() -> client.agents().savePrincipal(null), "principal");
        refused(() -> client.baseData().save(null), "profile");
        refused(() -> client.blankForms().consume("E254565009990001", null), "serialNumbers");
        refused(() -> client.blankForms().voidForms(null), "serialNumbers");
        refused(() -> client.supplements().add("E254565009990001", null), "declarationNumbers");
        refused(() -> client.networkedStatus().importInfo(null), "query");
        refused(() -> client.attachments().add("E254565009990001", AttachmentKind.INVOICE, (Path) null), "file");
        refused(() -> client.attachments().add("E254565009990001", AttachmentKind.INVOICE, "a.pdf", null), "content");
        refused(() -> client.certificates().export(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 31), null), "out");
        refused(() -> client.verifications().awaitState("V1", null, LONG), "target");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void anUploadOverTheServiceLimitIsRefusedNamingContentAndWhatItIs(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.pdf");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(4L * 1024 * 1024 + 1);
        }
        assertThatThrownBy(() -> client.verifications().uploadDocument("V1", AttachmentKind.INVOICE, big))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.source()).isEqualTo("verification document");
                    assertThat(e.location()).isEqualTo("content");
                    assertThat(e.getMessage()).contains("4 MB");
                });
        assertThatThrownBy(() -> client.attachments().add("E254565009990001", AttachmentKind.INVOICE, big))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.source()).isEqualTo("attachment"));
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    @Timeout(20)
    void waitingEndsAtAFinalStateOtherThanTheTarget() {
        server.enqueue(json("{\"number\":\"V1\",\"certificateNumber\":\"E254565009990001\",\"state\":\"COMPLETED\","
                + "\"requiredDocuments\":[],\"documents\":[],\"productCosts\":[],\"receipts\":[]}"));
        assertThatThrownBy(() -> client.verifications().awaitState("V1", VerificationState.IN_VERIFICATION, LONG))
                .isInstanceOfSatisfying(StateNotReachableException.class, e -> {
                    assertThat(e.state()).isEqualTo("COMPLETED");
                    assertThat(e.target()).isEqualTo("IN_VERIFICATION");
                    assertThat(e.retryable()).isFalse();
                });
        server.enqueue(json("{\"agentFilingNumber\":\"4403960001\",\"agentCreditCode\":null,\"agentNameCn\":null,"
                + "\"state\":\"REMOVED\",\"principals\":[]}"));
        assertThatThrownBy(() -> client.agents().awaitAccepted("4403960001", LONG))
                .isInstanceOfSatisfying(StateNotReachableException.class, e -> assertThat(e.state()).isEqualTo("REMOVED"));
        server.enqueue(json("{\"certificateNumber\":\"E254565009990001\",\"issuer\":null,\"actuallyExported\":true,"
                + "\"declarationNumbers\":[],\"state\":\"DELETED\",\"receipts\":[]}"));
        assertThatThrownBy(() -> client.supplements().awaitAccepted("E254565009990001", 1, LONG))
                .isInstanceOfSatisfying(StateNotReachableException.class, e -> assertThat(e.state()).isEqualTo("DELETED"));
    }

    private static void refused(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.location()).isEqualTo(field));
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
    }
}
