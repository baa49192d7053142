package io.coo4j.testkit;

import static io.coo4j.testkit.QueryRefusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.client.CooClient;
import io.coo4j.client.PrintMark;
import io.coo4j.client.PrintableCertificate;
import io.coo4j.client.SealRequest;
import io.coo4j.client.SelfPrintQuery;
import io.coo4j.client.SignatureRequest;
import io.coo4j.core.lifecycle.CertificateState;
import io.coo4j.core.lifecycle.SelfPrintState.Archive;
import io.coo4j.core.lifecycle.SelfPrintState.Print;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.Party;
import io.coo4j.core.model.SealKind;
import io.coo4j.core.model.SealShape;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The self-print list's filters (证书打印, 003: "证书编号 发票号 证书类别 申请人 出口商 打印状态 签发开始日期 签发结束日期
 * 归档状态") and its export (导出), one test each, the client against the simulator over loopback; and the query's
 * checks, client and simulator side.
 */
class SelfPrintQueriesAgainstSandboxTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static Sandbox sandbox;
    private static CooClient client;
    /** China–Singapore (X), invoice INV-SP-1, the sample's applicant and exporter; its original printed. */
    private static String printed;
    /** China–Singapore (X), invoice INV-SP-2, applicant 另一示例有限公司, exporter OTHER EXAMPLE CO., LTD.; 待打印. */
    private static String pending;
    private static Instant between;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.builder().reviewDelay(Duration.ofMillis(20)).start();
        client = sandbox.newClient();
        authorize(client);
        printed = approved(singapore().invoiceNumber("INV-SP-1").build());
        between = Instant.now();
        pending = approved(singapore().invoiceNumber("INV-SP-2").enterpriseNameCn("另一示例有限公司")
                .exporter(Party.of("OTHER EXAMPLE CO., LTD.", "NO.2 EXAMPLE ROAD, SHENZHEN, CHINA", "CN")).build());
        client.selfPrint().awaitLayout(printed, WAIT);
        client.selfPrint().awaitLayout(pending, WAIT);
        client.selfPrint().mark(printed, PrintMark.ORIGINAL);
    }

    @AfterAll
    static void stop() {
        client.close();
        sandbox.close();
    }

    /** 印章签名授权 of a standard seal and the sample declarant's signature: what self-print needs first. */
    static void authorize(CooClient client) {
        LocalDate from = LocalDate.of(2020, 1, 1);
        LocalDate until = LocalDate.of(2099, 12, 31);
        client.selfPrint().authorize(client.selfPrint().seals().add(SealRequest.standard("深圳示例有限公司",
                SealKind.COMPANY, SealShape.ROUND, from, until)).id(), client.selfPrint().signatures().add(
                new SignatureRequest("张三", "440301199001011234", null, Scans.blackSignature(30), Scans.DPI)).id());
    }

    /** The sample certificate as China–Singapore (X), which has no sub-criterion and is self-printable. */
    static Certificate.Builder singapore() {
        Certificate sample = SampleData.certificate();
        return sample.toBuilder().type("X")
                .goods(List.of(sample.goods().get(0).toBuilder().originSubCriterion(null).build()));
    }

    private static String approved(Certificate c) {
        String number = client.certificates().declare(c).certificate().number();
        client.certificates().awaitStatus(number, CertificateState.APPROVED, WAIT);
        return number;
    }

    private static List<String> numbers(SelfPrintQuery.Builder query) {
        List<String> out = new ArrayList<>();
        client.selfPrint().printable(query.build()).forEach(p -> out.add(p.number()));
        return out;
    }

    @Test
    void withoutFiltersEveryPrintableCertificateIsListedAsBefore() {
        assertThat(numbers(SelfPrintQuery.builder())).containsExactly(printed, pending);
        assertThat(client.selfPrint().printable()).extracting(PrintableCertificate::number).containsExactly(printed, pending);
    }

    @Test
    void byNumber() {
        assertThat(numbers(SelfPrintQuery.builder().number(pending))).containsExactly(pending);
    }

    @Test
    void byInvoiceNumber() {
        assertThat(numbers(SelfPrintQuery.builder().invoiceNumber("INV-SP-1"))).containsExactly(printed);
    }

    /** 证书类别: the screen's column shows the certificate type (中国-巴基斯坦…, 一般原产地证…). */
    @Test
    void byType() {
        assertThat(numbers(SelfPrintQuery.builder().type("X"))).containsExactly(printed, pending);
        assertThat(numbers(SelfPrintQuery.builder().type("E"))).isEmpty();
    }

    /** 申请人: the declaring enterprise's Chinese name. */
    @Test
    void byApplicant() {
        assertThat(numbers(SelfPrintQuery.builder().applicant("另一示例有限公司"))).containsExactly(pending);
        assertThat(numbers(SelfPrintQuery.builder().applicant("深圳示例有限公司"))).containsExactly(printed);
    }

    /** 出口商: the exporter's name, compared exactly. */
    @Test
    void byExporter() {
        assertThat(numbers(SelfPrintQuery.builder().exporter("OTHER EXAMPLE CO., LTD."))).containsExactly(pending);
        assertThat(numbers(SelfPrintQuery.builder().exporter("OTHER EXAMPLE"))).isEmpty();
    }

    /** 打印状态: the screen opens on 待打印. */
    @Test
    void byPrintState() {
        assertThat(numbers(SelfPrintQuery.builder().print(Print.PENDING))).containsExactly(pending);
        assertThat(numbers(SelfPrintQuery.builder().print(Print.PRINTED))).containsExactly(printed);
    }

    /** 归档状态: the simulator's customs archive no layout, so 已归档 lists nothing. */
    @Test
    void byArchiveState() {
        assertThat(numbers(SelfPrintQuery.builder().archive(Archive.UNARCHIVED))).containsExactly(printed, pending);
        assertThat(numbers(SelfPrintQuery.builder().archive(Archive.ARCHIVED))).isEmpty();
    }

    /** 签发开始日期 / 签发结束日期: the approval time, start included, end excluded. */
    @Test
    void byIssueDates() {
        assertThat(numbers(SelfPrintQuery.builder().issuedFrom(between))).containsExactly(pending);
        assertThat(numbers(SelfPrintQuery.builder().issuedTo(between))).containsExactly(printed);
    }

    @Test
    void filtersCombineAndPagesHoldThem() {
        assertThat(numbers(SelfPrintQuery.builder().type("X").archive(Archive.UNARCHIVED).pageSize(1)))
                .containsExactly(printed, pending);
        assertThat(numbers(SelfPrintQuery.builder().type("X").print(Print.PENDING).invoiceNumber("INV-SP-1"))).isEmpty();
    }

    /** 导出: the rows are the list's, filters applied, as the certificate list workbook. */
    @Test
    void exportWritesTheFilteredList() throws IOException {
        assertThat(exported(client.selfPrint().export(SelfPrintQuery.builder().print(Print.PENDING).build())))
                .contains(pending).doesNotContain(printed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        client.selfPrint().export(SelfPrintQuery.all(), out);
        assertThat(exported(out.toByteArray())).contains(printed, pending);
    }

    @Test
    void theClientRefusesABadQueryNamingTheField() {
        Instant now = Instant.now();
        refused(() -> SelfPrintQuery.builder().issuedFrom(now).issuedTo(now.minusSeconds(1)).build(), "issuedFrom");
        refused(() -> SelfPrintQuery.builder().pageSize(201).build(), "pageSize");
        refused(() -> SelfPrintQuery.builder().pageSize(-1).build(), "pageSize");
        refused(() -> client.selfPrint().printable((SelfPrintQuery) null), "query");
        assertThat(SelfPrintQuery.builder().pageSize(200).issuedFrom(now).issuedTo(now).build().pageSize()).isEqualTo(200);
    }

    @Test
    void theSimulatorRefusesABadQueryNamingTheParameter() {
        String range = "?issuedFrom=2025-02-01T00:00:00Z&issuedTo=2025-01-01T00:00:00Z";
        assertThat(Operations.raw(sandbox, "GET", "self-print/certificates" + range, null).body())
                .contains("\"field\":\"issuedFrom\"");
        assertThat(Operations.raw(sandbox, "GET", "self-print/certificates/export" + range, null).body())
                .contains("\"field\":\"issuedFrom\"");
        assertThat(Operations.raw(sandbox, "GET", "self-print/certificates?print=DONE", null).body())
                .contains("\"field\":\"print\"");
        assertThat(Operations.raw(sandbox, "GET", "self-print/certificates?pageSize=500", null).body())
                .contains("\"field\":\"pageSize\"");
    }

    /** Every cell's text of the workbook's first sheet. */
    private static List<String> exported(byte[] xlsx) throws IOException {
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            for (Row row : sheet) {
                row.forEach(c -> cells.add(c.toString()));
            }
        }
        return cells;
    }
}
