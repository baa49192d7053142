package io.coo4j.testkit;

import static io.coo4j.testkit.QueryRefusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.client.CooClient;
import io.coo4j.client.PrintExceptionQuery;
import io.coo4j.client.PrintMark;
import io.coo4j.core.lifecycle.CertificateState;
import io.coo4j.core.lifecycle.PrintExceptionReason;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.Party;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The print exception applications list's filters (打印异常申请 → 异常申请列表, 003: "证书编号 发票号 证书类别 申请人 出口商
 * 签发开始日期 签发结束日期 异常申请开始日期 异常申请结束日期", and coo4j's 异常操作类型), one test each, the client against the
 * simulator over loopback; and the query's checks, client and simulator side.
 */
class PrintExceptionQueriesAgainstSandboxTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static Sandbox sandbox;
    private static CooClient client;
    /** China–Singapore (X), invoice INV-PE-1, the sample's applicant: 停电, printed again, then 卡纸. */
    private static String first;
    /** China–Singapore (X), invoice INV-PE-2, applicant 另一示例有限公司, exporter OTHER EXAMPLE CO., LTD.: 内容错误. */
    private static String second;
    /** Between the two certificates' approvals. */
    private static Instant issued;
    /** Between the first application and the other two. */
    private static Instant reported;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.builder().reviewDelay(Duration.ofMillis(20)).start();
        client = sandbox.newClient();
        SelfPrintQueriesAgainstSandboxTest.authorize(client);
        first = printed(SelfPrintQueriesAgainstSandboxTest.singapore().invoiceNumber("INV-PE-1").build());
        client.selfPrint().reportException(first, PrintExceptionReason.POWER_CUT, null);
        issued = Instant.now();
        second = printed(SelfPrintQueriesAgainstSandboxTest.singapore().invoiceNumber("INV-PE-2")
                .enterpriseNameCn("另一示例有限公司")
                .exporter(Party.of("OTHER EXAMPLE CO., LTD.", "NO.2 EXAMPLE ROAD, SHENZHEN, CHINA", "CN")).build());
        reported = Instant.now();
        client.selfPrint().reportException(second, PrintExceptionReason.CONTENT_WRONG, "the consignee's address");
        client.selfPrint().mark(first, PrintMark.ORIGINAL); // a printer fault lets the original print again
        client.selfPrint().reportException(first, PrintExceptionReason.PAPER_JAM, null);
    }

    @AfterAll
    static void stop() {
        client.close();
        sandbox.close();
    }

    /** Approved, its layout received, its original printed. */
    private static String printed(Certificate c) {
        String number = client.certificates().declare(c).certificate().number();
        client.certificates().awaitStatus(number, CertificateState.APPROVED, WAIT);
        client.selfPrint().awaitLayout(number, WAIT);
        client.selfPrint().mark(number, PrintMark.ORIGINAL);
        return number;
    }

    /** Each application found as "certificate number, reason". */
    private static List<String> found(PrintExceptionQuery.Builder query) {
        List<String> out = new ArrayList<>();
        client.selfPrint().exceptions(query.build()).forEach(e -> out.add(e.certificateNumber() + " " + e.reason()));
        return out;
    }

    private static String powerCut() {
        return first + " POWER_CUT";
    }

    private static String paperJam() {
        return first + " PAPER_JAM";
    }

    private static String contentWrong() {
        return second + " CONTENT_WRONG";
    }

    @Test
    void withoutFiltersEveryApplicationInTheOrderMadeAsBefore() {
        assertThat(found(PrintExceptionQuery.builder())).containsExactly(powerCut(), contentWrong(), paperJam());
        assertThat(client.selfPrint().exceptions()).hasSize(3);
    }

    @Test
    void byNumber() {
        assertThat(found(PrintExceptionQuery.builder().number(first))).containsExactly(powerCut(), paperJam());
    }

    @Test
    void byInvoiceNumber() {
        assertThat(found(PrintExceptionQuery.builder().invoiceNumber("INV-PE-2"))).containsExactly(contentWrong());
    }

    /** 证书类别: the certificate type. */
    @Test
    void byType() {
        assertThat(found(PrintExceptionQuery.builder().type("X"))).hasSize(3);
        assertThat(found(PrintExceptionQuery.builder().type("E"))).isEmpty();
    }

    /** 申请人 (the declaring enterprise's Chinese name) and 出口商 (the exporter's name), compared exactly. */
    @Test
    void byApplicantAndExporter() {
        assertThat(found(PrintExceptionQuery.builder().applicant("另一示例有限公司"))).containsExactly(contentWrong());
        assertThat(found(PrintExceptionQuery.builder().exporter("OTHER EXAMPLE CO., LTD."))).containsExactly(contentWrong());
        assertThat(found(PrintExceptionQuery.builder().exporter("OTHER EXAMPLE"))).isEmpty();
    }

    /** 签发开始日期 / 签发结束日期: the certificate's approval, start included, end excluded. */
    @Test
    void byIssueDates() {
        assertThat(found(PrintExceptionQuery.builder().issuedFrom(issued))).containsExactly(contentWrong());
        assertThat(found(PrintExceptionQuery.builder().issuedTo(issued))).containsExactly(powerCut(), paperJam());
    }

    /** 异常申请开始日期 / 异常申请结束日期: when the application was made. */
    @Test
    void byApplicationDates() {
        assertThat(found(PrintExceptionQuery.builder().reportedFrom(reported))).containsExactly(contentWrong(), paperJam());
        assertThat(found(PrintExceptionQuery.builder().reportedTo(reported))).containsExactly(powerCut());
    }

    /** coo4j's: the list's column 异常操作类型. */
    @Test
    void byReason() {
        assertThat(found(PrintExceptionQuery.builder().reason(PrintExceptionReason.PAPER_JAM))).containsExactly(paperJam());
        assertThat(found(PrintExceptionQuery.builder().reason(PrintExceptionReason.OUT_OF_PAPER))).isEmpty();
    }

    @Test
    void filtersCombineAndPagesHoldThem() {
        assertThat(found(PrintExceptionQuery.builder().type("X").reportedFrom(reported).pageSize(1)))
                .containsExactly(contentWrong(), paperJam());
        assertThat(found(PrintExceptionQuery.builder().number(first).reason(PrintExceptionReason.CONTENT_WRONG))).isEmpty();
        PrintExceptionQuery q = PrintExceptionQuery.builder().number(first).reportedTo(reported).pageSize(3).build();
        assertThat(q.toBuilder().build()).isEqualTo(q);
    }

    @Test
    void theClientRefusesABadQueryNamingTheField() {
        Instant now = Instant.now();
        refused(() -> PrintExceptionQuery.builder().reportedFrom(now).reportedTo(now.minusSeconds(1)).build(),
                "reportedFrom");
        refused(() -> PrintExceptionQuery.builder().issuedFrom(now).issuedTo(now.minusSeconds(1)).build(), "issuedFrom");
        refused(() -> PrintExceptionQuery.builder().pageSize(-1).build(), "pageSize");
        refused(() -> client.selfPrint().exceptions(null), "query");
    }

    @Test
    void theSimulatorRefusesABadQueryNamingTheParameter() {
        assertThat(Operations.raw(sandbox, "GET",
                "self-print/exceptions?reportedFrom=2025-02-01T00:00:00Z&reportedTo=2025-01-01T00:00:00Z", null).body())
                .contains("\"field\":\"reportedFrom\"");
        assertThat(Operations.raw(sandbox, "GET", "self-print/exceptions?reason=FIRE", null).body())
                .contains("\"field\":\"reason\"");
        assertThat(Operations.raw(sandbox, "GET", "self-print/exceptions?issuedFrom=today", null).body())
                .contains("\"field\":\"issuedFrom\"");
    }
}
