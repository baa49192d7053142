package io.coo4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.coo4j.client.CertificateQuery;
import io.coo4j.client.ConflictException;
import io.coo4j.client.CooClient;
import io.coo4j.client.InvalidRequestException;
import io.coo4j.client.NotFoundException;
import io.coo4j.client.PrintDocument;
import io.coo4j.client.PrintLayout;
import io.coo4j.client.PrintMark;
import io.coo4j.client.PrintableCertificate;
import io.coo4j.client.SealRequest;
import io.coo4j.client.SignatureRequest;
import io.coo4j.core.lifecycle.CertificateState;
import io.coo4j.core.lifecycle.PrintExceptionReason;
import io.coo4j.core.lifecycle.SelfPrintState;
import io.coo4j.core.lifecycle.SelfPrintState.Layout;
import io.coo4j.core.lifecycle.SelfPrintState.Print;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.Declarant;
import io.coo4j.core.model.InitialValues;
import io.coo4j.core.model.PrintException;
import io.coo4j.core.model.Seal;
import io.coo4j.core.model.SealKind;
import io.coo4j.core.model.SealShape;
import io.coo4j.core.model.SelfPrintAuthorization;
import io.coo4j.core.model.Signature;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Self-print (自助打印, 003; 001 ch.13) against the simulator. Each test starts its own sandbox: the authorization is
 * the enterprise's one, and which certificates are printable depends on when it was made.
 */
class SelfPrintAgainstSandboxTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final LocalDate FROM = LocalDate.of(2020, 1, 1);
    private static final LocalDate UNTIL = LocalDate.of(2099, 12, 31);

    private static Sandbox sandbox() {
        return Sandbox.builder().reviewDelay(Duration.ofMillis(20)).start();
    }

    @Test
    void standardAndScannedSealsAreMadeAndDeletedOnlyWhenDisabled() {
        try (Sandbox sandbox = sandbox(); CooClient client = sandbox.newClient()) {
            Seal standard = client.selfPrint().seals().add(SealRequest.standard("深圳示例有限公司", SealKind.COMPANY,
                    SealShape.ROUND, FROM, UNTIL));
            Seal scanned = client.selfPrint().seals().add(new SealRequest("合同章", SealKind.CONTRACT, SealShape.ROUND,
                    "scanned at 300 dpi", FROM, UNTIL, Scans.redSeal(40), Scans.DPI));

            assertThat(standard.enabled()).isTrue();
            assertThat(standard.extractedFromScan()).isFalse();
            assertThat(standard.widthMm()).isEqualByComparingTo("42.0");
            assertThat(scanned.extractedFromScan()).isTrue();
            assertThat(scanned.widthMm().doubleValue()).isCloseTo(41.2, within(2.0));
            assertThat(scanned.imageSha256()).hasSize(64);

            // 003 印章制作: "若要删除印章，请先停用后再删除".
            assertThatThrownBy(() -> client.selfPrint().seals().delete(scanned.id()))
                    .isInstanceOfSatisfying(ConflictException.class, e -> {
                        assertThat(e.errorCode()).isEqualTo("ILLEGAL_TRANSITION");
                        assertThat(e.state()).isEqualTo("ENABLED");
                        assertThat(e.operation()).isEqualTo("DELETE");
                    });
            assertThat(client.selfPrint().seals().disable(scanned.id()).enabled()).isFalse();
            client.selfPrint().seals().delete(scanned.id());
            assertThat(client.selfPrint().seals().list()).extracting(Seal::id).containsExactly(standard.id());
            assertThatThrownBy(() -> client.selfPrint().seals().enable(scanned.id())).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void sealImagesAndFieldsOutsideTheManualsLimitsAreRefusedNamingTheField() {
        try (Sandbox sandbox = sandbox(); CooClient client = sandbox.newClient()) {
            // 003: a round seal's diameter is at most 4.5 cm.
            assertThatThrownBy(() -> client.selfPrint().seals().add(new SealRequest("公章", SealKind.COMPANY, SealShape.ROUND,
                    null, FROM, UNTIL, Scans.redSeal(50), Scans.DPI)))
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                        assertThat(e.field()).isEqualTo("scan");
                        assertThat(e.getMessage()).contains("45");
                    });
            assertThatThrownBy(() -> client.selfPrint().seals().add(new SealRequest("公章", SealKind.COMPANY, SealShape.ROUND,
                    null, FROM, UNTIL, Scans.blank(), Scans.DPI)))
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("scan"));
            assertThatThrownBy(() -> client.selfPrint().seals().add(new SealRequest("公章", SealKind.COMPANY, SealShape.ROUND,
                    null, FROM, UNTIL, "GIF89a not really".getBytes(StandardCharsets.US_ASCII), Scans.DPI)))
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("scan"));
            // 003: the seal name takes at most 25 Chinese characters.
            assertThatThrownBy(() -> client.selfPrint().seals().add(SealRequest.standard("章".repeat(26), SealKind.COMPANY,
                    SealShape.ROUND, FROM, UNTIL)))
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("name"));
            assertThatThrownBy(() -> client.selfPrint().seals().add(SealRequest.standard("公章", SealKind.COMPANY,
                    SealShape.ROUND, UNTIL, FROM)))
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("validFrom"));
            assertThatThrownBy(() -> client.selfPrint().seals().add(new SealRequest("公章", SealKind.COMPANY, SealShape.ROUND,
                    null, FROM, UNTIL, null, Scans.DPI)))
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("scanDpi"));
            assertThat(client.selfPrint().seals().list()).isEmpty();
        }
    }

    @Test
    void malformedUploadIsA400NamingTheFieldNotAStackTrace() throws Exception {
        try (Sandbox sandbox = sandbox()) {
            String body = "{\"name\": \"公章\", \"kind\": \"COMPANY\", \"shape\": \"ROUND\", \"validFrom\": \"2020-01-01\","
                    + " \"validUntil\": \"2099-12-31\", \"scan\": \"%%% not base64\", \"scanDpi\": 300}";
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(sandbox.endpoint() + "/self-print/seals"))
                    .header("Authorization", "Bearer " + sandbox.token()).header("Idempotency-Key", "malformed-1")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.body()).contains("\"code\":\"INVALID_INPUT\"").contains("\"field\":\"scan\"")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void signaturesAreLiftedFromBlackInkAndCheckedForTheDeclarant() {
        try (Sandbox sandbox = sandbox(); CooClient client = sandbox.newClient()) {
            Signature sig = client.selfPrint().signatures().add(signature());
            assertThat(sig.widthMm().doubleValue()).isCloseTo(30, within(2.0));

            // 003 签名注意事项: about 4 × 4 cm at most.
            assertThatThrownBy(() -> client.selfPrint().signatures().add(new SignatureRequest("张三", "440301199001011234",
                    null, Scans.blackSignature(60), Scans.DPI)))
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("scan"));
            assertThatThrownBy(() -> client.selfPrint().signatures().add(new SignatureRequest("张三", "440301199001011235",
                    null, Scans.blackSignature(30), Scans.DPI)))
                    .isInstanceOfSatisfying(InvalidRequestException.class,
                            e -> assertThat(e.field()).isEqualTo("declarantIdNumber"));
            assertThatThrownBy(() -> client.selfPrint().signatures().delete(sig.id())).isInstanceOf(ConflictException.class);
            assertThat(client.selfPrint().signatures().disable(sig.id()).enabled()).isFalse();
            assertThat(client.selfPrint().signatures().enable(sig.id()).enabled()).isTrue();
            client.selfPrint().signatures().disable(sig.id());
            client.selfPrint().signatures().delete(sig.id());
            assertThat(client.selfPrint().signatures().list()).isEmpty();
        }
    }

    /** DOMAIN §10: once the initial values file a declarant, only that declarant's signature is taken. */
    @Test
    void aSignatureIsTheFiledDeclarantsOnceOneIsFiled() {
        try (Sandbox sandbox = sandbox(); CooClient client = sandbox.newClient()) {
            client.enterprise().saveInitialValues(new InitialValues("5300", "5300", "SHENZHEN", null,
                    new Declarant("张三", "440301199001011234", "13800000000"), null, null, null));
            assertThatThrownBy(() -> client.selfPrint().signatures().add(new SignatureRequest("李四", "11010519491231002X",
                    null, Scans.blackSignature(30), Scans.DPI)))
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                        assertThat(e.field()).isEqualTo("declarantIdNumber");
                        assertThat(e.getMessage()).contains("filed declarant");
                    });
            assertThat(client.selfPrint().signatures().add(signature()).declarantIdNumber()).isEqualTo("440301199001011234");
        }
    }

    @Test
    void authorizationNeedsEnabledStampsAndComesBeforeAgentAuthorization() {
        try (Sandbox sandbox = sandbox(); CooClient client = sandbox.newClient()) {
            assertThatThrownBy(() -> client.selfPrint().authorization()).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> client.selfPrint().authorizeAgent("123456789", true))
                    .isInstanceOf(NotFoundException.class);
            String seal = client.selfPrint().seals().add(standardSeal()).id();
            String sig = client.selfPrint().signatures().add(signature()).id();
            client.selfPrint().seals().disable(seal);
            assertThatThrownBy(() -> client.selfPrint().authorize(seal, sig))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.getMessage()).contains("disabled"));
            client.selfPrint().seals().enable(seal);

            SelfPrintAuthorization auth = client.selfPrint().authorize(seal, sig);

            assertThat(auth.receipts()).extracting(r -> r.text().substring(0, 8))
                    .containsExactly("接收企业电子印章", "接收申报员手签笔");
            assertThat(client.selfPrint().authorization()).isEqualTo(auth);
            assertThat(client.selfPrint().authorizeAgent("123456789", true).authorizedAgents()).containsExactly("123456789");
            assertThat(client.selfPrint().authorizeAgent("123456789", false).authorizedAgents()).isEmpty();
            assertThatThrownBy(() -> client.selfPrint().authorizeAgent("12345", true))
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("agentCode"));
        }
    }

    @Test
    void approvedCertificateIsPrintedOnceAndReprintedAfterAPrinterFault() {
        HeldClock clock = new HeldClock();
        try (Sandbox sandbox = Sandbox.builder().reviewDelay(Duration.ofMillis(20)).clock(clock).start();
                CooClient client = sandbox.newClient()) {
            authorize(client);
            String number = approved(client, "X");

            PrintableCertificate ready = client.selfPrint().awaitLayout(number, WAIT);
            assertThat(ready.state()).isEqualTo(state(Layout.RECEIVED, Print.PENDING));
            assertThat(client.selfPrint().printable()).extracting(PrintableCertificate::number).containsExactly(number);

            PrintLayout original = client.selfPrint().layout(number, PrintDocument.CERTIFICATE, false);
            assertThat(new String(original.pdf(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(original.pages()).isPositive();
            assertThat(client.selfPrint().mark(number, PrintMark.ORIGINAL_AND_COPY).state())
                    .isEqualTo(state(Layout.RECEIVED, Print.PRINTED));

            // 003 证书打印: the original only when received, unarchived and pending; copies any time.
            assertThatThrownBy(() -> client.selfPrint().layout(number, PrintDocument.CERTIFICATE, false))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.operation()).isEqualTo("PRINT_ORIGINAL"));
            assertThatThrownBy(() -> client.selfPrint().mark(number, PrintMark.ORIGINAL)).isInstanceOf(ConflictException.class);
            assertThat(client.selfPrint().layout(number, PrintDocument.CERTIFICATE, true).copy()).isTrue();
            client.selfPrint().mark(number, PrintMark.COPY);
            // The lifecycle governs the certificate: its application form prints whatever the certificate's state.
            assertThat(client.selfPrint().layout(number, PrintDocument.APPLICATION, false).document())
                    .isEqualTo(PrintDocument.APPLICATION);

            // 003 打印异常申请: a printer fault lets the original be printed again.
            PrintException jam = client.selfPrint().reportException(number, PrintExceptionReason.PAPER_JAM, null);
            assertThat(jam.reason().reprintAllowed()).isTrue();
            assertThat(client.selfPrint().printable(number).state()).isEqualTo(state(Layout.RECEIVED, Print.PENDING));
            client.selfPrint().mark(number, PrintMark.ORIGINAL);

            // A content fault sends the layout back to the customs, who regenerate it one review delay later: with the
            // sandbox's clock held, that delay cannot pass, however slowly the calls below come.
            assertThatThrownBy(() -> client.selfPrint().reportException(number, PrintExceptionReason.CONTENT_WRONG, " "))
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("details"));
            clock.hold();
            client.selfPrint().reportException(number, PrintExceptionReason.CONTENT_WRONG, "box 8 lacks the HS code");
            assertThatThrownBy(() -> client.selfPrint().layout(number, PrintDocument.CERTIFICATE, false)).isInstanceOf(ConflictException.class);
            assertThat(client.selfPrint().printable(number).state().layout()).isNotEqualTo(Layout.RECEIVED);
            clock.release();
            assertThat(client.selfPrint().awaitLayout(number, WAIT).state()).isEqualTo(state(Layout.RECEIVED, Print.PENDING));
            assertThat(client.selfPrint().exceptions()).extracting(PrintException::reason)
                    .containsExactly(PrintExceptionReason.PAPER_JAM, PrintExceptionReason.CONTENT_WRONG);
        }
    }

    /**
     * 001 ch.5 存档: "对于已经获得自助打印正本的证书，若不希望在默认的查询列表中出现，可以使用该功能进行批量存档" and "证书存档后，默认的
     * 证书查询列表不再展示。如需查询已存档的证书，先选择右上角单据状态为'已手动存档'后再点击查询。"
     */
    @Test
    void onlyASelfPrintedOriginalIsArchivedAndThenListedOnlyWhenArchivedOnesAreAskedFor() {
        try (Sandbox sandbox = sandbox(); CooClient client = sandbox.newClient()) {
            String before = approved(client, "X");
            authorize(client);
            String number = approved(client, "X");
            client.selfPrint().awaitLayout(number, WAIT);

            // Not self-printed at all (approved before the authorization), or its original still 待打印: refused.
            for (String unprinted : List.of(before, number)) {
                assertThatThrownBy(() -> client.certificates().archive(unprinted))
                        .isInstanceOfSatisfying(ConflictException.class, e -> {
                            assertThat(e.state()).isEqualTo("ORIGINAL_NOT_SELF_PRINTED");
                            assertThat(e.operation()).isEqualTo("ARCHIVE");
                        });
            }
            client.selfPrint().mark(number, PrintMark.ORIGINAL);
            assertThat(client.certificates().archive(number).state()).isEqualTo(CertificateState.ARCHIVED);

            assertThat(client.certificates().list(CertificateQuery.all())).extracting(r -> r.certificate().number())
                    .containsExactly(before);
            assertThat(client.certificates().list(CertificateQuery.builder().state(CertificateState.ARCHIVED).build()))
                    .extracting(r -> r.certificate().number()).containsExactly(number);
            // 存档 is the enterprise's, not the customs' 归档 of the print state, which it leaves as it was.
            assertThat(client.selfPrint().printable(number).state()).isEqualTo(state(Layout.RECEIVED, Print.PRINTED));
        }
    }

    @Test
    void originalBeforeTheLayoutAndExceptionForAnUnprintedCertificateAreRefused() throws Exception {
        // The layout falls due one review delay after the approval by the sandbox's clock: held as soon as the approval
        // is seen (well within the second), the clock keeps the layout on its way however slowly the calls below come.
        HeldClock clock = new HeldClock();
        try (Sandbox sandbox = Sandbox.builder().reviewDelay(Duration.ofMillis(1000)).clock(clock).start();
                CooClient client = sandbox.newClient()) {
            authorize(client);
            String number = approved(client, "X");
            clock.hold();
            // Just approved, so the layout is still on its way (接收中): no original before it arrives.
            assertThatThrownBy(() -> client.selfPrint().mark(number, PrintMark.ORIGINAL))
                    .isInstanceOfSatisfying(ConflictException.class, e -> {
                        assertThat(e.state()).contains("RECEIVING");
                        assertThat(e.operation()).isEqualTo("PRINT_ORIGINAL");
                    });
            assertThatThrownBy(() -> client.selfPrint().mark("X259999999990001", PrintMark.COPY))
                    .isInstanceOf(NotFoundException.class);
            clock.release();
            PrintLayout copy = client.selfPrint().awaitLayoutAsync(number, WAIT)
                    .thenCompose(p -> client.selfPrint().layoutAsync(p.number(), PrintDocument.CERTIFICATE, true)).get(20, TimeUnit.SECONDS);
            assertThat(copy.copy()).isTrue();

            assertThatThrownBy(() -> client.selfPrint().reportException(number, PrintExceptionReason.OUT_OF_PAPER, null))
                    .isInstanceOfSatisfying(ConflictException.class,
                            e -> assertThat(e.operation()).isEqualTo("REPORT_PRINTER_FAULT"));
        }
    }

    @Test
    void onlySelfPrintTypesApprovedAfterTheAuthorizationArePrintable() {
        try (Sandbox sandbox = sandbox(); CooClient client = sandbox.newClient()) {
            String before = approved(client, "X");
            authorize(client);
            String asean = approved(client, "E");

            // 003 证书打印: only certificates approved after the authorization, only the 15 self-print types.
            assertThatThrownBy(() -> client.selfPrint().printable(before))
                    .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.getMessage()).contains("before"));
            assertThatThrownBy(() -> client.selfPrint().printable(asean))
                    .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.getMessage()).contains("self-print types"));
            assertThat(client.selfPrint().printable()).isEmpty();
        }
    }

    /**
     * Listing and reading print states changes nothing: a restarted sandbox replays only the changes, and the print
     * mark, made after the layout arrived, replays as the same allowed change.
     */
    @Test
    void printStatesSurviveARestartWhateverWasRead(@TempDir Path dir) {
        Path journal = dir.resolve("sandbox.journal");
        String number;
        try (Sandbox sandbox = Sandbox.builder().reviewDelay(Duration.ofMillis(20)).journal(journal).start();
                CooClient client = sandbox.newClient()) {
            authorize(client);
            number = approved(client, "X");
            assertThat(client.selfPrint().printable()).extracting(PrintableCertificate::number).containsExactly(number);
            client.selfPrint().awaitLayout(number, WAIT);
            client.selfPrint().layout(number, PrintDocument.CERTIFICATE, true);
            client.selfPrint().mark(number, PrintMark.ORIGINAL);
        }
        try (Sandbox sandbox = Sandbox.builder().reviewDelay(Duration.ofMillis(20)).journal(journal).start();
                CooClient client = sandbox.newClient()) {
            assertThat(client.selfPrint().printable(number).state()).isEqualTo(state(Layout.RECEIVED, Print.PRINTED));
        }
    }

    private static SealRequest standardSeal() {
        return SealRequest.standard("深圳示例有限公司", SealKind.COMPANY, SealShape.ROUND, FROM, UNTIL);
    }

    private static SignatureRequest signature() {
        return new SignatureRequest("张三", "440301199001011234", null, Scans.blackSignature(30), Scans.DPI);
    }

    private static void authorize(CooClient client) {
        client.selfPrint().authorize(client.selfPrint().seals().add(standardSeal()).id(),
                client.selfPrint().signatures().add(signature()).id());
    }

    /** The sample certificate as type {@code type}, declared and approved. */
    private static String approved(CooClient client, String type) {
        Certificate sample = SampleData.certificate();
        Certificate.Builder b = sample.toBuilder().type(type);
        if (type.equals("X")) {
            // China–Singapore (X) has no sub-criterion: the goods line names the criterion alone.
            b.goods(List.of(sample.goods().get(0).toBuilder().originSubCriterion(null).build()));
        }
        String number = client.certificates().declare(b.build()).certificate().number();
        client.certificates().awaitStatus(number, CertificateState.APPROVED, WAIT);
        return number;
    }

    private static SelfPrintState state(Layout layout, Print print) {
        return SelfPrintState.of(layout, SelfPrintState.Archive.UNARCHIVED, print);
    }

    /** The system's clock, except while held: then it stands still at the instant it was held. */
    private static final class HeldClock extends Clock {
        /** The instant held, or null; shared with the clock's copies in other zones. */
        private final AtomicReference<Instant> held;
        private final ZoneId zone;

        HeldClock() {
            this(new AtomicReference<>(), ZoneOffset.UTC);
        }

        private HeldClock(AtomicReference<Instant> held, ZoneId zone) {
            this.held = held;
            this.zone = zone;
        }

        void hold() {
            held.set(Instant.now());
        }

        /** Back to the system's time, which has moved on meanwhile. */
        void release() {
            held.set(null);
        }

        @Override
        public Instant instant() {
            Instant h = held.get();
            return h != null ? h : Instant.now();
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new HeldClock(held, other);
        }
    }
}
