package io.coo4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.AttachmentKind;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.ByteString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The wire shapes of the operations calls that are not plain JSON: a file answer and an upload body. */
class OperationsCallsTest {
    private MockWebServer server;
    private CooClient client;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        client = CooClient.builder().endpoint(server.url("/v1").toString()).token("t0k3n")
                .retryPolicy(new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(5))).build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void exportAnswersTheWorkbookBytesAsSentAndPassesTheRange() throws Exception {
        byte[] workbook = {'P', 'K', 3, 4, 0, (byte) 0xff};
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").body(new okio.Buffer().write(workbook))
                .build());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        client.certificates().export(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 31), out);

        assertThat(out.toByteArray()).isEqualTo(workbook);
        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/certificates/export");
        assertThat(request.getUrl().queryParameter("from")).isEqualTo("2025-10-01");
        assertThat(request.getUrl().queryParameter("to")).isEqualTo("2025-10-31");
        assertThat(request.getHeaders().get("Accept")).isEqualTo("*/*");
    }

    @Test
    void exportRefusedByTheServiceIsATypedError() {
        server.enqueue(new MockResponse.Builder().code(400).addHeader("Content-Type", "application/json")
                .body("{\"code\":\"INVALID_INPUT\",\"message\":\"at most one month\",\"field\":\"from\"}").build());
        assertThatThrownBy(() -> client.certificates().export(LocalDate.of(2025, 1, 1), null))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("from"));
    }

    @Test
    void uploadSendsKindNameAndBase64ContentUnderAnIdempotencyKey() throws Exception {
        server.enqueue(new MockResponse.Builder().code(201).addHeader("Content-Type", "application/json")
                .body("{\"id\":\"AT1\",\"kind\":\"INVOICE\",\"fileName\":\"a.pdf\",\"sizeBytes\":8,\"pages\":1,"
                        + "\"sha256\":\"00\",\"uploadedAt\":\"2025-10-02T08:00:00Z\"}").build());
        byte[] pdf = "%PDF-1.7".getBytes(StandardCharsets.US_ASCII);
        assertThat(client.attachments().add("E254565009990001", AttachmentKind.INVOICE, "a.pdf", pdf).id())
                .isEqualTo("AT1");

        RecordedRequest request = server.takeRequest();
        ByteString body = request.getBody();
        assertThat(body.utf8().replaceAll("\\s", "")).isEqualTo("{\"kind\":\"INVOICE\",\"fileName\":\"a.pdf\",\"content\":\""
                + Base64.getEncoder().encodeToString(pdf) + "\"}");
        assertThat(request.getHeaders().get(Signatures.IDEMPOTENCY_HEADER)).isNotBlank();
    }

    @Test
    void missingIdentifiersAreRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> client.attachments().list(" "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.location()).isEqualTo("number"));
        assertThatThrownBy(() -> client.attachments().add("E1", AttachmentKind.INVOICE, "", new byte[0]))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.location()).isEqualTo("fileName"));
        assertThatThrownBy(() -> client.agents().submit(null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> client.blankForms().consumeNext("E1", " ", 2)).isInstanceOf(InvalidInputException.class);
        assertThat(server.getRequestCount()).isZero();
    }
}
