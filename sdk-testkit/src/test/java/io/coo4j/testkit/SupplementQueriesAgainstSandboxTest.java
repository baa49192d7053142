package io.coo4j.testkit;

import static io.coo4j.testkit.QueryRefusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.client.CallInfo;
import io.coo4j.client.CooClient;
import io.coo4j.client.CooClientListener;
import io.coo4j.client.SupplementQuery;
import io.coo4j.core.lifecycle.SupplementState;
import io.coo4j.core.model.Issuer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The supplement query (补录信息查询, 001 ch.9: "根据查询条件可以查询筛选证书列表"), one test per filter, the client against the
 * simulator over loopback; and the query's checks, client and simulator side. The screen's conditions are only in a
 * picture, so the filters are those 001 ch.9's text names for finding certificates to supplement (海关原产地证书 /
 * 贸促会原产证书, "证明类型, 出口商代码, 证明创建日期, 证明号", "证明号, 协定编号, 证明签发日期") and coo4j's (state, exported,
 * declaration number).
 */
class SupplementQueriesAgainstSandboxTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String DECLARATION = "530420250000123456";
    private static final String OTHER_DECLARATION = "530420250000654321";
    private static final String CREDIT_CODE = SampleData.certificate().creditCode();

    private static Sandbox sandbox;
    private static CooClient client;
    /** A customs Form E (agreement 02): supplement 1 exported and accepted, supplement 2 not exported, a draft. */
    private static String customs;
    /** A CCPIT China–Singapore certificate (X, agreement 11), created and issued after {@link #between}. */
    private static String ccpit;
    private static Instant between;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.builder().reviewDelay(Duration.ofMillis(20)).start();
        client = sandbox.newClient();
        customs = Operations.approved(client, Operations.fresh());
        between = Instant.now();
        ccpit = Operations.approved(client, SelfPrintQueriesAgainstSandboxTest.singapore().issuingAuthority("440300")
                .build());
        client.supplements().add(customs, List.of(DECLARATION));
        client.supplements().submit(customs, 1);
        client.supplements().awaitAccepted(customs, 1, WAIT);
        client.supplements().add(customs, List.of());
        client.supplements().add(ccpit, List.of(OTHER_DECLARATION));
    }

    @AfterAll
    static void stop() {
        client.close();
        sandbox.close();
    }

    /** Each supplement found as "certificate number, its declaration numbers". */
    private static List<String> found(SupplementQuery.Builder query) {
        List<String> out = new ArrayList<>();
        client.supplements().list(query.build()).forEach(s -> out.add(s.certificateNumber() + " "
                + s.declarationNumbers()));
        return out;
    }

    private static String exported() {
        return customs + " [" + DECLARATION + "]";
    }

    private static String notExported() {
        return customs + " []";
    }

    private static String ccpitOne() {
        return ccpit + " [" + OTHER_DECLARATION + "]";
    }

    @Test
    void withoutFiltersEverySupplementInTheOrderMade() {
        assertThat(found(SupplementQuery.builder())).containsExactly(exported(), notExported(), ccpitOne());
        assertThat(client.supplements().list(SupplementQuery.all())).hasSize(3);
    }

    /** 001 ch.9: "可选择海关原产地证书和贸促会原产证书补录". */
    @Test
    void byIssuer() {
        assertThat(found(SupplementQuery.builder().issuer(Issuer.CUSTOMS))).containsExactly(exported(), notExported());
        assertThat(found(SupplementQuery.builder().issuer(Issuer.CCPIT))).containsExactly(ccpitOne());
    }

    /** 证明号. */
    @Test
    void byNumber() {
        assertThat(found(SupplementQuery.builder().number(ccpit))).containsExactly(ccpitOne());
    }

    /** 证明类型. */
    @Test
    void byType() {
        assertThat(found(SupplementQuery.builder().type("E"))).containsExactly(exported(), notExported());
        assertThat(found(SupplementQuery.builder().type("R"))).isEmpty();
    }

    /** 出口商代码: the credit code, which coo4j writes as the message's 出口商代码 (CiqRegNo). */
    @Test
    void byExporterCode() {
        assertThat(found(SupplementQuery.builder().exporterCode(CREDIT_CODE))).hasSize(3);
        assertThat(found(SupplementQuery.builder().exporterCode("91110000100000000X"))).isEmpty();
    }

    /**
     * CallInfo names an operation after its sub-client and method: the query is another call than the list of one
     * certificate's supplements, so it adds what tells it apart, as {@code certificates.declareSaved} does.
     */
    @Test
    void theQueryIsTheOperationSupplementsListQuery() {
        List<String> operations = new ArrayList<>();
        try (CooClient listened = sandbox.clientBuilder().listener(new CooClientListener() {
            @Override
            public void callStart(CallInfo call) {
                operations.add(call.operation());
            }
        }).build()) {
            listened.supplements().list(SupplementQuery.builder().exporterCode(CREDIT_CODE).build()).forEach(s -> { });
            listened.supplements().list(ccpit);
        }
        assertThat(operations).containsExactly("supplements.listQuery", "supplements.list");
    }

    /** 协定编号: a certificate of a type serving the agreement (E: 02 ASEAN, X: 11 Singapore). */
    @Test
    void byAgreement() {
        assertThat(found(SupplementQuery.builder().agreement("11"))).containsExactly(ccpitOne());
        assertThat(found(SupplementQuery.builder().agreement("02"))).containsExactly(exported(), notExported());
        assertThat(found(SupplementQuery.builder().agreement("19"))).isEmpty();
    }

    /** 证明创建日期 and 证明签发日期: start included, end excluded. */
    @Test
    void byCreationAndIssueDates() {
        assertThat(found(SupplementQuery.builder().createdFrom(between))).containsExactly(ccpitOne());
        assertThat(found(SupplementQuery.builder().createdTo(between))).containsExactly(exported(), notExported());
        assertThat(found(SupplementQuery.builder().issuedFrom(between))).containsExactly(ccpitOne());
        assertThat(found(SupplementQuery.builder().issuedTo(between))).containsExactly(exported(), notExported());
    }

    /** coo4j's: the supplement's state ("证明补录最终状态为：海关接收成功"). */
    @Test
    void byState() {
        assertThat(found(SupplementQuery.builder().state(SupplementState.ACCEPTED))).containsExactly(exported());
        assertThat(found(SupplementQuery.builder().state(SupplementState.DRAFT))).containsExactly(notExported(),
                ccpitOne());
        assertThat(found(SupplementQuery.builder().state(SupplementState.DELETED))).isEmpty();
    }

    /** coo4j's: whether the goods left, and a declaration number named. */
    @Test
    void byExportedAndDeclarationNumber() {
        assertThat(found(SupplementQuery.builder().actuallyExported(false))).containsExactly(notExported());
        assertThat(found(SupplementQuery.builder().actuallyExported(true))).containsExactly(exported(), ccpitOne());
        assertThat(found(SupplementQuery.builder().declarationNumber(OTHER_DECLARATION))).containsExactly(ccpitOne());
    }

    @Test
    void filtersCombineAndPagesHoldThem() {
        assertThat(found(SupplementQuery.builder().exporterCode(CREDIT_CODE).actuallyExported(true).pageSize(1)))
                .containsExactly(exported(), ccpitOne());
        assertThat(found(SupplementQuery.builder().issuer(Issuer.CCPIT).state(SupplementState.ACCEPTED))).isEmpty();
        SupplementQuery q = SupplementQuery.builder().issuer(Issuer.CCPIT).agreement("11").pageSize(7).build();
        assertThat(q.toBuilder().build()).isEqualTo(q);
    }

    @Test
    void theClientRefusesABadQueryNamingTheField() {
        Instant now = Instant.now();
        refused(() -> SupplementQuery.builder().createdFrom(now).createdTo(now.minusSeconds(1)).build(), "createdFrom");
        refused(() -> SupplementQuery.builder().issuedFrom(now).issuedTo(now.minusSeconds(1)).build(), "issuedFrom");
        // coo.xsd CiqRegNo (出口商代码): at most 18 characters, letters or digits — a filter, not the credit code's rule
        refused(() -> SupplementQuery.builder().exporterCode("9144030045650099901").build(), "exporterCode");
        refused(() -> SupplementQuery.builder().exporterCode("4565-00999").build(), "exporterCode");
        refused(() -> SupplementQuery.builder().exporterCode("").build(), "exporterCode");
        assertThat(SupplementQuery.builder().exporterCode("456500999").build().exporterCode()).isEqualTo("456500999");
        assertThat(SupplementQuery.builder().exporterCode("3100A1b").build().exporterCode()).isEqualTo("3100A1b");
        refused(() -> SupplementQuery.builder().agreement("2").build(), "agreement");
        refused(() -> SupplementQuery.builder().declarationNumber("53042025").build(), "declarationNumber");
        refused(() -> SupplementQuery.builder().pageSize(201).build(), "pageSize");
        refused(() -> client.supplements().list((SupplementQuery) null), "query");
    }

    @Test
    void theSimulatorRefusesABadQueryNamingTheParameter() {
        assertThat(Operations.raw(sandbox, "GET", "supplements?issuer=CUSTOMS_HOUSE", null).body())
                .contains("\"field\":\"issuer\"");
        assertThat(Operations.raw(sandbox, "GET", "supplements?state=DONE", null).body()).contains("\"field\":\"state\"");
        assertThat(Operations.raw(sandbox, "GET", "supplements?actuallyExported=yes", null).body())
                .contains("\"field\":\"actuallyExported\"");
        assertThat(Operations.raw(sandbox, "GET",
                "supplements?createdFrom=2025-02-01T00:00:00Z&createdTo=2025-01-01T00:00:00Z", null).body())
                .contains("\"field\":\"createdFrom\"");
        assertThat(Operations.raw(sandbox, "GET", "supplements?issuedTo=yesterday", null).body())
                .contains("\"field\":\"issuedTo\"");
    }
}
