package io.coo4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.client.CertificateQuery;
import io.coo4j.client.CooClient;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.lifecycle.CertificateState;
import io.coo4j.core.model.Amendment;
import io.coo4j.core.model.CertificateCategory;
import io.coo4j.core.model.CertificateRecord;
import io.coo4j.core.model.Declarant;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 证书查询's filters (003 证书申请查询: 证书号, 创建日期 从 至, 发票号, 证书类型, 备案号, 证书类别, 申报日期 从 至,
 * 目的国/地区, 单据状态, 当前登录用户) and the entry clerk (录入员), one test each, the client against the simulator over
 * loopback; and the query's checks, client and simulator side.
 */
class CertificateQueriesAgainstSandboxTest {
    private static final byte[] SECRET = "s3cr3t-hmac-key-0123456789".getBytes(StandardCharsets.UTF_8);

    private static Sandbox sandbox;
    private static CooClient client;
    /** A draft to Singapore keyed in by 张三 through the token. */
    private static String draft;
    /** An approved Form E to Malaysia, invoice INV-Q-2, declarant 李四. */
    private static String approved;
    /** The amendment (更改证) of {@link #approved}, a draft, created by the signing operator. */
    private static String amendment;
    private static Instant beforeApproved;
    private static Instant afterApproved;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.builder().reviewDelay(Duration.ofMillis(10)).hmacKey("operator-1", SECRET).start();
        client = sandbox.newClient();
        draft = client.certificates().save(Operations.fresh().toBuilder().invoiceNumber("INV-Q-1").build())
                .certificate().number();
        beforeApproved = Instant.now();
        approved = Operations.approved(client, Operations.fresh().toBuilder().invoiceNumber("INV-Q-2")
                .destinationCountry("MY").consignee(io.coo4j.core.model.Party.of("EXAMPLE SDN. BHD.",
                        "1 EXAMPLE ROAD, KUALA LUMPUR", "MY"))
                .declarant(new Declarant("李四", "11010519491231002X", "13900000000")).build());
        afterApproved = Instant.now();
        try (CooClient operator = sandbox.clientBuilder().hmac("operator-1", SECRET).build()) {
            amendment = operator.certificates().amend(approved, new Amendment("WRONG CONSIGNEE ADDRESS", "2", "OLD",
                    "NEW", null, null)).certificate().number();
        }
    }

    @AfterAll
    static void stop() {
        client.close();
        sandbox.close();
    }

    private static List<String> numbers(CertificateQuery.Builder query) {
        List<String> out = new ArrayList<>();
        client.certificates().list(query.build()).forEach(r -> out.add(r.certificate().number()));
        return out;
    }

    @Test
    void byNumber() {
        assertThat(numbers(CertificateQuery.builder().number(approved))).containsExactly(approved);
    }

    @Test
    void byInvoiceNumber() {
        assertThat(numbers(CertificateQuery.builder().invoiceNumber("INV-Q-1"))).containsExactly(draft);
    }

    @Test
    void byFilingNumber() {
        assertThat(numbers(CertificateQuery.builder().filingNumber("456500999"))).contains(draft, approved, amendment);
        assertThat(numbers(CertificateQuery.builder().filingNumber("456500998"))).isEmpty();
    }

    @Test
    void byCategory() {
        assertThat(numbers(CertificateQuery.builder().category(CertificateCategory.AMENDMENT))).containsExactly(amendment);
        assertThat(numbers(CertificateQuery.builder().category(CertificateCategory.ORIGINAL)))
                .contains(draft, approved).doesNotContain(amendment);
    }

    @Test
    void byTypeAndState() {
        assertThat(numbers(CertificateQuery.builder().type("E").state(CertificateState.APPROVED))).containsExactly(approved);
        assertThat(numbers(CertificateQuery.builder().type("R"))).isEmpty();
    }

    @Test
    void byDestination() {
        assertThat(numbers(CertificateQuery.builder().destination("MY"))).contains(approved).doesNotContain(draft);
    }

    @Test
    void byCreationDates() {
        assertThat(numbers(CertificateQuery.builder().createdTo(beforeApproved))).containsExactly(draft);
        assertThat(numbers(CertificateQuery.builder().createdFrom(beforeApproved).createdTo(afterApproved)))
                .containsExactly(approved);
    }

    /** 申报日期 从 至: a certificate never declared has no declaration date and is left out. */
    @Test
    void byDeclarationDates() {
        assertThat(numbers(CertificateQuery.builder().declaredFrom(beforeApproved))).containsExactly(approved);
        assertThat(numbers(CertificateQuery.builder().declaredTo(beforeApproved))).isEmpty();
    }

    /** 当前登录用户: the user who created the certificate (token, or key: and the key id). */
    @Test
    void byLoginUser() {
        assertThat(numbers(CertificateQuery.builder().loginUser("key:operator-1"))).containsExactly(amendment);
        assertThat(numbers(CertificateQuery.builder().loginUser("token"))).containsExactly(draft, approved);
    }

    /** 录入员: the simulator takes the declarant's name (docs/api.md, "Statistics"). */
    @Test
    void byEntryClerk() {
        assertThat(numbers(CertificateQuery.builder().entryClerk("张三"))).containsExactly(draft);
        assertThat(numbers(CertificateQuery.builder().entryClerk("李四"))).containsExactly(approved, amendment);
    }

    @Test
    void filtersCombineAndPagesHoldThem() {
        List<CertificateRecord> listed = new ArrayList<>();
        client.certificates().list(CertificateQuery.builder().filingNumber("456500999").type("E").pageSize(1).build())
                .forEach(listed::add);
        assertThat(listed).extracting(r -> r.certificate().number()).containsExactly(draft, approved, amendment);
    }

    @Test
    void theClientRefusesABadQueryNamingTheField() {
        Instant now = Instant.now();
        refused(() -> CertificateQuery.builder().createdFrom(now).createdTo(now.minusSeconds(1)).build(), "createdFrom");
        refused(() -> CertificateQuery.builder().declaredFrom(now).declaredTo(now.minusSeconds(1)).build(), "declaredFrom");
        refused(() -> CertificateQuery.builder().pageSize(201).build(), "pageSize");
        refused(() -> CertificateQuery.builder().pageSize(-1).build(), "pageSize");
        refused(() -> CertificateQuery.builder().filingNumber("45650099").build(), "filingNumber");
        refused(() -> CertificateQuery.builder().destination("my").build(), "destination");
        assertThat(CertificateQuery.builder().pageSize(200).createdFrom(now).createdTo(now).build().pageSize()).isEqualTo(200);
    }

    @Test
    void theSimulatorRefusesABadQueryNamingTheParameter() {
        assertThat(Operations.raw(sandbox, "GET", "certificates?createdFrom=2025-02-01T00:00:00Z"
                + "&createdTo=2025-01-01T00:00:00Z", null).body()).contains("\"field\":\"createdFrom\"");
        assertThat(Operations.raw(sandbox, "GET", "certificates?category=NEW", null).body())
                .contains("\"field\":\"category\"");
        assertThat(Operations.raw(sandbox, "GET", "certificates?pageSize=500", null).body())
                .contains("\"field\":\"pageSize\"");
    }

    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.location()).isEqualTo(field));
    }
}
