package io.coo4j.testkit;

import static io.coo4j.testkit.QueryRefusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.client.CooClient;
import io.coo4j.client.VerificationQuery;
import io.coo4j.core.lifecycle.VerificationState;
import io.coo4j.core.model.AttachmentKind;
import io.coo4j.core.model.VerificationRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 核查互动's list (001 ch.7: "系统默认展示待核查和退回核查状态的核查记录单数据，用户可录入相应查询条件，查询所需的核查记录单"),
 * the client against the simulator over loopback; and the query's checks.
 */
class VerificationQueriesAgainstSandboxTest {
    private static Sandbox sandbox;
    private static CooClient client;
    private static String toVerify;
    private static String returned;
    private static String completed;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.builder().reviewDelay(Duration.ofMillis(10)).start();
        client = sandbox.newClient();
        toVerify = open();
        returned = open();
        completed = open();
        for (String n : List.of(returned, completed)) {
            client.verifications().uploadDocument(n, AttachmentKind.INVOICE, "invoice.pdf", Operations.pdf());
            client.verifications().submit(n);
            client.verifications().awaitState(n, VerificationState.IN_VERIFICATION, Operations.WAIT);
        }
        assertThat(Operations.customs(sandbox, "verifications/" + returned + "/return", "")).isEqualTo(200);
        assertThat(Operations.customs(sandbox, "verifications/" + completed + "/complete", "")).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        client.close();
        sandbox.close();
    }

    /** Opens a verification of a new approved certificate; answers its number. */
    private static String open() {
        String certificate = Operations.approved(client);
        assertThat(Operations.customs(sandbox, "verifications", "{\"certificateNumber\":\"" + certificate
                + "\",\"requiredDocuments\":[\"INVOICE\"]}")).isEqualTo(201);
        List<String> mine = new ArrayList<>();
        client.verifications().list(VerificationQuery.builder().anyState().build()).forEach(r -> {
            if (r.certificateNumber().equals(certificate)) {
                mine.add(r.number());
            }
        });
        return mine.get(0);
    }

    private static List<String> numbers(VerificationQuery query) {
        List<String> out = new ArrayList<>();
        client.verifications().list(query).forEach(r -> out.add(r.number()));
        return out;
    }

    /** 001 ch.7: the list shows 待核查 and 退回核查 unless asked otherwise — the client's default and the service's. */
    @Test
    void theDefaultListShowsToVerifyAndReturned() {
        assertThat(numbers(VerificationQuery.pending())).containsExactly(toVerify, returned);
        assertThat(VerificationQuery.pending().states())
                .containsExactlyInAnyOrder(VerificationState.TO_VERIFY, VerificationState.RETURNED);
        assertThat(Operations.raw(sandbox, "GET", "verifications", null).body())
                .contains(toVerify, returned).doesNotContain(completed);
    }

    @Test
    void byStates() {
        assertThat(numbers(VerificationQuery.builder().states(VerificationState.COMPLETED).build()))
                .containsExactly(completed);
        assertThat(numbers(VerificationQuery.builder().states(VerificationState.TO_VERIFY, VerificationState.COMPLETED)
                .build())).containsExactly(toVerify, completed);
        assertThat(numbers(VerificationQuery.builder().states(VerificationState.IN_VERIFICATION).build())).isEmpty();
    }

    @Test
    void theOldListStillTakesOneStateOrAll() {
        assertThat(client.verifications().list((VerificationState) null)).extracting(VerificationRecord::number)
                .containsExactly(toVerify, returned, completed);
        assertThat(client.verifications().list(VerificationState.RETURNED)).extracting(VerificationRecord::number)
                .containsExactly(returned);
    }

    @Test
    void pagesHoldTheFilter() {
        assertThat(numbers(VerificationQuery.builder().anyState().pageSize(1).build()))
                .containsExactly(toVerify, returned, completed);
    }

    @Test
    void theClientRefusesABadQueryNamingTheField() {
        refused(() -> VerificationQuery.builder().states().build(), "state");
        refused(() -> new VerificationQuery(null, 0), "states");
        refused(() -> VerificationQuery.builder().pageSize(201).build(), "pageSize");
        refused(() -> client.verifications().list((VerificationQuery) null), "query");
        assertThat(new VerificationQuery(Set.of(VerificationState.COMPLETED), 200).pageSize()).isEqualTo(200);
    }

    @Test
    void theSimulatorRefusesABadQueryNamingTheParameter() {
        assertThat(Operations.raw(sandbox, "GET", "verifications?state=TO_VERIFY,DONE", null).body())
                .contains("\"field\":\"state\"");
        assertThat(Operations.raw(sandbox, "GET", "verifications?state=", null).body())
                .contains("\"field\":\"state\"");
        assertThat(Operations.raw(sandbox, "GET", "verifications?pageSize=201", null).body())
                .contains("\"field\":\"pageSize\"");
    }
}
