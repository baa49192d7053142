package io.coo4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.client.CooClient;
import io.coo4j.client.InvalidRequestException;
import io.coo4j.client.StatisticsGroup;
import io.coo4j.client.StatisticsPeriod;
import io.coo4j.client.StatisticsReport;
import io.coo4j.client.StatisticsReport.Row;
import io.coo4j.core.ChinaTime;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.Declarant;
import io.coo4j.core.model.Party;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Business statistics (业务统计, 001 ch.11; 003) over the simulator's certificates. */
class StatisticsAgainstSandboxTest {
    private static final byte[] SECRET = "erp-1-secret-0123456789".getBytes(StandardCharsets.UTF_8);
    private static final String SAMPLE_PRINCIPAL = "深圳示例有限公司";
    private static final String OTHER_PRINCIPAL = "广州委托有限公司";

    private static Sandbox sandbox;
    private static CooClient client;
    /** A second sandbox where two login users — a token and a signing ERP — create certificates. */
    private static Sandbox shared;
    private static CooClient byToken;
    private static CooClient bySignature;

    /** Three Form E certificates (two to Singapore, one to Indonesia) and one China–Singapore (X), FOB 1000 each. */
    @BeforeAll
    static void certificates() {
        sandbox = Sandbox.builder().reviewDelay(Duration.ofSeconds(30)).start();
        client = sandbox.newClient();
        client.certificates().save(SampleData.certificate());
        client.certificates().save(SampleData.certificate());
        client.certificates().save(SampleData.certificate().toBuilder().destinationCountry("ID")
                .consignee(Party.of("EXAMPLE PT", "1 EXAMPLE STREET, JAKARTA", "ID")).build());
        client.certificates().save(SampleData.certificate().toBuilder().type("X").build());

        shared = Sandbox.builder().reviewDelay(Duration.ofSeconds(30)).hmacKey("erp-1", SECRET).start();
        byToken = shared.newClient();
        bySignature = shared.clientBuilder().hmac("erp-1", SECRET).build();
        createAsTwoUsers(byToken, bySignature);
    }

    /**
     * The token saves one sample certificate and one keyed by 李四 for another principal; the signing ERP saves one
     * sample certificate and copies the token's first: a copy is created by whoever copies.
     */
    private static void createAsTwoUsers(CooClient token, CooClient signed) {
        String first = token.certificates().save(SampleData.certificate()).certificate().number();
        token.certificates().save(otherClerkAndPrincipal());
        signed.certificates().save(SampleData.certificate());
        signed.certificates().copy(first);
    }

    private static Certificate otherClerkAndPrincipal() {
        return SampleData.certificate().toBuilder().enterpriseNameCn(OTHER_PRINCIPAL)
                .declarant(new Declarant("李四", "440301199001011234", "13900000000")).build();
    }

    @AfterAll
    static void stop() {
        client.close();
        sandbox.close();
        bySignature.close();
        byToken.close();
        shared.close();
    }

    private static List<String> keysAndCounts(CooClient c, StatisticsGroup by) {
        return c.statistics().report(by, null, null).rows().stream().map(r -> r.key() + "=" + r.count()).toList();
    }

    @Test
    void groupsByLoginUserTheCallerThatCreatedEachCertificate() {
        StatisticsReport r = byToken.statistics().report(StatisticsGroup.LOGIN_USER, null, null);

        assertThat(r.count()).isEqualTo(4);
        assertThat(r.rows()).extracting(Row::key, Row::count, Row::sharePercent).containsExactly(
                org.assertj.core.groups.Tuple.tuple("key:erp-1", 2L, new BigDecimal("50.00")),
                org.assertj.core.groups.Tuple.tuple("token", 2L, new BigDecimal("50.00")));
    }

    @Test
    void groupsByEntryClerkThePrincipalAndBoth() {
        assertThat(keysAndCounts(byToken, StatisticsGroup.ENTRY_CLERK)).containsExactly("张三=3", "李四=1");
        assertThat(keysAndCounts(byToken, StatisticsGroup.PRINCIPAL))
                .containsExactly(OTHER_PRINCIPAL + "=1", SAMPLE_PRINCIPAL + "=3");
        List<Row> both = byToken.statistics().report(StatisticsGroup.LOGIN_USER_PRINCIPAL, null, null).rows();
        assertThat(both).extracting(r -> r.key() + "=" + r.count()).containsExactly(
                "key:erp-1|" + SAMPLE_PRINCIPAL + "=2", "token|" + OTHER_PRINCIPAL + "=1", "token|" + SAMPLE_PRINCIPAL + "=1");
        assertThat(both.get(0).label()).isEqualTo("key:erp-1 × " + SAMPLE_PRINCIPAL);
    }

    /** 003: the workbook's five sheets, each login user's work in a column per period. */
    @Test
    void statisticsWorkbookDownloadsWithItsSheets() throws IOException {
        LocalDate today = ChinaTime.today();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        bySignature.statistics().workbook(today.minusDays(1), today, StatisticsPeriod.DAY, out);

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb).extracting(Sheet::getSheetName).containsExactly(
                    "按证书类型统计", "按委托企业统计", "按录入员统计", "按登录用户统计", "按登录用户统计委托企业");
            Sheet byUser = wb.getSheet("按登录用户统计");
            assertThat(byUser.getRow(3).getCell(1).getStringCellValue()).isEqualTo(today.toString());
            assertThat(byUser.getRow(4).getCell(0).getStringCellValue()).isEqualTo("key:erp-1");
            assertThat(byUser.getRow(5).getCell(0).getStringCellValue()).isEqualTo("token");
            assertThat(byUser.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(2);
        }
        assertThat(byToken.statistics().workbook(null, null, StatisticsPeriod.YEAR)).startsWith('P', 'K');
        assertThatThrownBy(() -> byToken.statistics().workbook(today, today.minusDays(1), StatisticsPeriod.MONTH))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("to"));
        assertThatThrownBy(() -> byToken.statistics().workbook(null, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.location()).contains("per"));
    }

    @Test
    void unknownGroupingOrPeriodIsA400NamingTheParameter() throws Exception {
        assertBadParameter("statistics?groupBy=CLERK", "groupBy");
        assertBadParameter("statistics", "groupBy");
        assertBadParameter("statistics/workbook?per=WEEK", "per");
        assertBadParameter("statistics/workbook", "per");
    }

    private static void assertBadParameter(String call, String field) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(shared.endpoint() + "/" + call))
                .header("Authorization", "Bearer " + shared.token()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(call).isEqualTo(400);
        assertThat(answer.body()).as(call).contains("\"field\":\"" + field + "\"");
    }

    /** The login user is the journaled request's caller, so a restarted sandbox counts the same users' work. */
    @Test
    void restartFromTheJournalKeepsTheLoginUsers(@TempDir Path dir) {
        Path journal = dir.resolve("sandbox.journal");
        List<String> before;
        try (Sandbox first = Sandbox.builder().hmacKey("erp-1", SECRET).journal(journal).start();
             CooClient token = first.newClient();
             CooClient signed = first.clientBuilder().hmac("erp-1", SECRET).build()) {
            createAsTwoUsers(token, signed);
            before = keysAndCounts(token, StatisticsGroup.LOGIN_USER_PRINCIPAL);
        }
        try (Sandbox again = Sandbox.builder().hmacKey("erp-1", SECRET).journal(journal).start();
             CooClient token = again.newClient()) {
            assertThat(keysAndCounts(token, StatisticsGroup.LOGIN_USER)).containsExactly("key:erp-1=2", "token=2");
            assertThat(keysAndCounts(token, StatisticsGroup.LOGIN_USER_PRINCIPAL)).isEqualTo(before);
        }
    }

    @Test
    void countsSharesAndFobByType() {
        StatisticsReport r = client.statistics().report(StatisticsGroup.TYPE, null, null);

        assertThat(r.count()).isEqualTo(4);
        assertThat(r.fobUsd()).isEqualByComparingTo("4000.00");
        assertThat(r.rows()).extracting(Row::key, Row::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple("E", 3L), org.assertj.core.groups.Tuple.tuple("X", 1L));
        Row e = r.rows().get(0);
        assertThat(e.sharePercent()).isEqualByComparingTo("75.00");
        assertThat(e.fobUsd()).isEqualByComparingTo("3000.00");
        assertThat(e.label()).isNotBlank();
    }

    @Test
    void groupsByDestinationAndMonth() {
        assertThat(client.statistics().report(StatisticsGroup.DESTINATION, null, null).rows())
                .extracting(Row::key, Row::count).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ID", 1L), org.assertj.core.groups.Tuple.tuple("SG", 3L));
        LocalDate today = ChinaTime.today();
        List<Row> months = client.statistics().report(StatisticsGroup.MONTH, today, today).rows();
        assertThat(months).extracting(Row::key).containsExactly(today.toString().substring(0, 7));
        assertThat(months.get(0).sharePercent()).isEqualByComparingTo("100.00");
    }

    @Test
    void rangeWithoutCertificatesIsEmptyAndABackwardRangeIsRefused() {
        LocalDate today = ChinaTime.today();
        StatisticsReport none = client.statistics().report(StatisticsGroup.TYPE, today.minusYears(2), today.minusYears(1));
        assertThat(none.count()).isZero();
        assertThat(none.rows()).isEmpty();

        assertThatThrownBy(() -> client.statistics().report(StatisticsGroup.TYPE, today, today.minusDays(1)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("to"));
    }
}
