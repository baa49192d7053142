package io.coo4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.lifecycle.CertificateState;
import io.coo4j.core.model.AttachmentKind;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.SubscriptionScope;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client's own behaviour against scripted answers: configuration, retries, keys, signatures, hostile answers, and
 * the wire shapes that are not plain JSON (the export's file answer, an upload's body).
 */
class CooClientTest {
    private static final String STATUS = "{\"number\":\"E254565009990001\",\"state\":\"APPROVED\","
            + "\"updatedAt\":\"2025-10-02T08:00:00Z\",\"reasons\":[]}";

    private MockWebServer server;
    private CooClient client;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        client = builder().build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private CooClient.Builder builder() {
        return CooClient.builder().endpoint(server.url("/v1").toString()).token("t0k3n")
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5)));
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    @Test
    void refusesPlainHttpOffLoopback() {
        assertThatThrownBy(() -> CooClient.builder().endpoint("http://gateway.example.com/v1").token("t").build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.location()).isEqualTo("endpoint"));
        assertThatThrownBy(() -> CooClient.builder().endpoint("http://10.0.0.8/v1").token("t").build())
                .isInstanceOf(InvalidInputException.class);
        CooClient.builder().endpoint("https://gateway.example.com/v1").token("t").build().close();
        CooClient.builder().endpoint("http://localhost:8080/v1").token("t").build().close();
        CooClient.builder().endpoint("http://[::1]:8080/v1").token("t").build().close();
    }

    @Test
    void refusesAClientWithoutCredentials() {
        assertThatThrownBy(() -> CooClient.builder().endpoint("https://gateway.example.com/v1").build())
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.location()).isEqualTo("credentials"));
    }

    @Test
    void retriesA503AndADroppedConnectionThenSucceeds() throws Exception {
        server.enqueue(json(503, "{\"code\":\"UNAVAILABLE\",\"message\":\"busy\"}"));
        server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket(true, true, true)).build());
        server.enqueue(json(200, STATUS));

        assertThat(client.certificates().status("E254565009990001").state()).isEqualTo(CertificateState.APPROVED);
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer t0k3n");
    }

    @Test
    void aRetriedPostKeepsItsIdempotencyKey() throws Exception {
        server.enqueue(json(502, "<html>bad gateway</html>"));
        server.enqueue(json(201, "{\"certificate\":null,\"state\":\"SENT\",\"createdAt\":null,\"issuedAt\":null,"
                + "\"receipts\":[],\"attachments\":[]}"));

        client.certificates().declare(Certificate.builder().type("E").build());

        String first = server.takeRequest().getHeaders().get(Signatures.IDEMPOTENCY_HEADER);
        String second = server.takeRequest().getHeaders().get(Signatures.IDEMPOTENCY_HEADER);
        assertThat(first).isNotBlank().isEqualTo(second);
    }

    @Test
    void aClientErrorIsNotRetried() {
        server.enqueue(json(404, "{\"code\":\"NOT_FOUND\",\"message\":\"certificate X does not exist\"}"));

        assertThatThrownBy(() -> client.certificates().get("X")).isInstanceOf(NotFoundException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void anAnswerThatDoesNotFitTheModelNamesTheField() {
        server.enqueue(json(200, STATUS.replace("\"APPROVED\"", "\"LOST\"")));

        assertThatThrownBy(() -> client.certificates().status("E254565009990001"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.source()).isEqualTo("answer to GET /certificates/E254565009990001/status");
                    assertThat(e.location()).isEqualTo("state");
                });
    }

    /**
     * A status without its state would read as a null the type says never comes, and {@code awaitStatus} would poll it
     * until the timeout: the answer is refused at once, naming the field, and not asked again.
     */
    @Test
    void anAnswerWithoutARequiredFieldIsRefusedNamingIt() {
        server.enqueue(json(200, STATUS.replace("\"state\":\"APPROVED\",", "")));

        assertThatThrownBy(() -> client.certificates().awaitStatus("E254565009990001", CertificateState.APPROVED,
                Duration.ofMinutes(1))).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.source()).isEqualTo("answer to GET /certificates/E254565009990001/status");
                    assertThat(e.problem()).isEqualTo("invalid value: CertificateStatus: state: required, found null");
                });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    /** CallInfo: an operation is named after its sub-client and method, the name a metric is tagged with. */
    @Test
    void aSubscriptionIsTheOperationSubscriptionsSubscribe() {
        List<String> operations = new ArrayList<>();
        server.enqueue(json(201, "{\"subscription\":{\"id\":\"S1\",\"scope\":\"DOCUMENT\",\"target\":\"E1\","
                + "\"channel\":\"WEBHOOK\",\"address\":\"https://erp.example.com/hook\"},\"secret\":\"c2VjcmV0\"}"));
        try (CooClient listened = builder().listener(new CooClientListener() {
            @Override
            public void callStart(CallInfo call) {
                operations.add(call.operation());
            }
        }).build()) {
            NewSubscription made = listened.subscriptions().webhook(SubscriptionScope.DOCUMENT, "E1",
                    "https://erp.example.com/hook");
            assertThat(made.secret()).isEqualTo("secret".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(operations).containsExactly("subscriptions.subscribe");
    }

    @Test
    void signedRequestsCarryKeyDateAndAVerifiableSignature() throws Exception {
        byte[] secret = "0123456789abcdef0123".getBytes(StandardCharsets.UTF_8);
        try (CooClient signed = builder().hmac("erp-1", secret).build()) {
            server.enqueue(json(200, STATUS));
            signed.certificates().status("E254565009990001");
        }
        RecordedRequest r = server.takeRequest(1, TimeUnit.SECONDS);

        assertThat(r.getHeaders().get("Authorization")).isNull();
        assertThat(r.getHeaders().get(Signatures.KEY_HEADER)).isEqualTo("erp-1");
        long date = Long.parseLong(r.getHeaders().get(Signatures.DATE_HEADER));
        assertThat(r.getHeaders().get(Signatures.SIGNATURE_HEADER)).isEqualTo(
                Signatures.request(secret, "GET", "/v1/certificates/E254565009990001/status", date, new byte[0]));
        assertThat(Base64.getDecoder().decode(r.getHeaders().get(Signatures.SIGNATURE_HEADER))).hasSize(32);
    }

    @Test
    void backoffCapsDoubleUpToTheMaximum() {
        RetryPolicy p = new RetryPolicy(10, Duration.ofMillis(100), Duration.ofMillis(500));

        assertThat(p.backoffCap(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(p.backoffCap(3)).isEqualTo(Duration.ofMillis(400));
        assertThat(p.backoffCap(9)).isEqualTo(Duration.ofMillis(500));
        assertThatThrownBy(() -> new RetryPolicy(2, null, Duration.ZERO)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.location()).isEqualTo("initialBackoff"));
    }

    @Test
    void exportAnswersTheWorkbookBytesAsSentAndPassesTheRange() throws Exception {
        byte[] workbook = {'P', 'K', 3, 4, 0, (byte) 0xff};
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").body(new Buffer().write(workbook))
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
        server.enqueue(json(400, "{\"code\":\"INVALID_INPUT\",\"message\":\"at most one month\",\"field\":\"from\"}"));
        assertThatThrownBy(() -> client.certificates().export(LocalDate.of(2025, 1, 1), null))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("from"));
    }

    @Test
    void uploadSendsKindNameAndBase64ContentUnderAnIdempotencyKey() throws Exception {
        server.enqueue(json(201, "{\"id\":\"AT1\",\"kind\":\"INVOICE\",\"fileName\":\"a.pdf\",\"sizeBytes\":8,"
                + "\"pages\":1,\"sha256\":\"00\",\"uploadedAt\":\"2025-10-02T08:00:00Z\"}"));
        byte[] pdf = "%PDF-1.7".getBytes(StandardCharsets.US_ASCII);
        assertThat(client.attachments().add("E254565009990001", AttachmentKind.INVOICE, "a.pdf", pdf).id())
                .isEqualTo("AT1");

        RecordedRequest request = server.takeRequest();
        assertThat(request.getBody().utf8().replaceAll("\\s", "")).isEqualTo("{\"kind\":\"INVOICE\",\"fileName\":\"a.pdf\",\"content\":\""
                + Base64.getEncoder().encodeToString(pdf) + "\"}");
        assertThat(request.getHeaders().get(Signatures.IDEMPOTENCY_HEADER)).isNotBlank();
    }

    @Test
    void missingIdentifiersAreRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> client.attachments().list(" "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.location()).isEqualTo("certificateNumber"));
        assertThatThrownBy(() -> client.attachments().add("E1", AttachmentKind.INVOICE, "", new byte[0]))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.location()).isEqualTo("fileName"));
        assertThatThrownBy(() -> client.agents().submit(null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> client.blankForms().consumeNext("E1", " ", 2)).isInstanceOf(InvalidInputException.class);
        assertThat(server.getRequestCount()).isZero();
    }

    /** Issue 16, item 7: docs/api.md says printable ASCII; tabs, control and non-ASCII characters were sent. */
    @Test
    void idempotencyKeysOutsidePrintableAsciiAreRefusedBeforeAnythingIsSent() {
        Certificate c = Certificate.builder().type("E").build();
        for (String key : new String[] {"erp\tdoc", "erp\u0001doc", "erp\u007fdoc", "单据1", "clé", "erp doc", "", "k".repeat(65)}) {
            assertThatThrownBy(() -> client.certificates().declare(c, key)).as(key)
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.location()).isEqualTo("idempotencyKey"));
        }
        assertThat(server.getRequestCount()).isZero();
    }
}
