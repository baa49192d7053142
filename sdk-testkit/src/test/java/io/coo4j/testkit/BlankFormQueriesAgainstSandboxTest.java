package io.coo4j.testkit;

import static io.coo4j.testkit.QueryRefusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.client.BlankFormQuery;
import io.coo4j.client.CooClient;
import io.coo4j.core.ChinaTime;
import io.coo4j.core.lifecycle.BlankFormState;
import io.coo4j.core.model.BlankForm;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 空白证单查询's filters (001 ch.8: "用户可以通过查询条件：空白证单流水号、空白证单类型、使用证书号、空白证书状态、领用起止日期进行
 * 查询") and the holder, one test each, the client against the simulator over loopback; and the query's checks.
 */
class BlankFormQueriesAgainstSandboxTest {
    private static final String EXPORTER = "456500999";
    private static final String AGENT = "123456789";

    private static Sandbox sandbox;
    private static CooClient client;
    private static String certificate;

    /** Form E 0000200–0000203 to the exporter (0000200 consumed, 0000201 voided), form A 0000300–0000301 to an agent. */
    @BeforeAll
    static void start() {
        sandbox = Sandbox.builder().reviewDelay(Duration.ofMillis(10)).start();
        client = sandbox.newClient();
        issue("E", EXPORTER, "0000200", 4);
        issue("A", AGENT, "0000300", 2);
        certificate = Operations.approved(client);
        client.blankForms().consume(certificate, List.of("0000200"));
        client.blankForms().voidForms(List.of("0000201"));
        Operations.await(() -> client.blankForms().get("0000200").state() == BlankFormState.CONSUMED
                && client.blankForms().get("0000201").state() == BlankFormState.VOIDED);
    }

    @AfterAll
    static void stop() {
        client.close();
        sandbox.close();
    }

    private static void issue(String formType, String holder, String first, int count) {
        assertThat(Operations.customs(sandbox, "blank-forms", "{\"formType\":\"" + formType + "\",\"holderCode\":\""
                + holder + "\",\"heldByAgent\":" + holder.equals(AGENT) + ",\"firstSerial\":\"" + first
                + "\",\"count\":" + count + "}")).isEqualTo(201);
    }

    private static List<String> serials(BlankFormQuery.Builder query) {
        List<String> out = new ArrayList<>();
        client.blankForms().list(query.build()).forEach(f -> out.add(f.serialNumber()));
        return out;
    }

    @Test
    void bySerialNumber() {
        assertThat(serials(BlankFormQuery.builder().serialNumber("0000202"))).containsExactly("0000202");
    }

    @Test
    void byFormType() {
        assertThat(serials(BlankFormQuery.builder().formType("A"))).containsExactly("0000300", "0000301");
    }

    /** 使用证书号: the certificate a form was consumed for. */
    @Test
    void byCertificateNumber() {
        assertThat(serials(BlankFormQuery.builder().certificateNumber(certificate))).containsExactly("0000200");
    }

    /** 空白证书状态; the screen's default, 企业自理证书核销/作废, is two of these with the exporter as holder. */
    @Test
    void byState() {
        assertThat(serials(BlankFormQuery.builder().state(BlankFormState.VOIDED))).containsExactly("0000201");
        assertThat(serials(BlankFormQuery.builder().state(BlankFormState.UNUSED).holderCode(EXPORTER)))
                .containsExactly("0000202", "0000203");
    }

    /** 领用起止日期: China days, both included. */
    @Test
    void byReceivingDates() {
        LocalDate today = ChinaTime.today();
        assertThat(serials(BlankFormQuery.builder().receivedFrom(today).receivedTo(today))).hasSize(6);
        assertThat(serials(BlankFormQuery.builder().receivedTo(today.minusDays(1)))).isEmpty();
        assertThat(serials(BlankFormQuery.builder().receivedFrom(today.plusDays(1)))).isEmpty();
    }

    @Test
    void byHolderAsTheOldListDoes() {
        assertThat(serials(BlankFormQuery.builder().holderCode(AGENT))).containsExactly("0000300", "0000301");
        assertThat(client.blankForms().list(null, AGENT)).extracting(BlankForm::serialNumber)
                .containsExactly("0000300", "0000301");
    }

    @Test
    void filtersCombineAndPagesHoldThem() {
        assertThat(serials(BlankFormQuery.builder().formType("E").holderCode(EXPORTER).pageSize(1)))
                .containsExactly("0000200", "0000201", "0000202", "0000203");
    }

    @Test
    void theClientRefusesABadQueryNamingTheField() {
        LocalDate today = LocalDate.now();
        refused(() -> BlankFormQuery.builder().receivedFrom(today).receivedTo(today.minusDays(1)).build(), "receivedFrom");
        refused(() -> BlankFormQuery.builder().pageSize(201).build(), "pageSize");
        refused(() -> client.blankForms().list(null), "query");
    }

    @Test
    void theSimulatorRefusesABadQueryNamingTheParameter() {
        assertThat(Operations.raw(sandbox, "GET", "blank-forms?receivedFrom=2025-02-01&receivedTo=2025-01-01", null)
                .body()).contains("\"field\":\"receivedFrom\"");
        assertThat(Operations.raw(sandbox, "GET", "blank-forms?receivedTo=2025-13-01", null).body())
                .contains("\"field\":\"receivedTo\"");
        assertThat(Operations.raw(sandbox, "GET", "blank-forms?pageSize=0", null).body())
                .contains("\"field\":\"pageSize\"");
    }
}
