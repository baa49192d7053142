package io.coo4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.client.CooClient;
import io.coo4j.client.InvalidRequestException;
import io.coo4j.client.StatisticsGroup;
import io.coo4j.client.StatisticsReport;
import io.coo4j.client.StatisticsReport.Row;
import io.coo4j.core.ChinaTime;
import io.coo4j.core.model.Party;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Business statistics (业务统计, 001 ch.11; 003) over the simulator's certificates. */
class StatisticsAgainstSandboxTest {
    private static Sandbox sandbox;
    private static CooClient client;

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
    }

    @AfterAll
    static void stop() {
        client.close();
        sandbox.close();
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
