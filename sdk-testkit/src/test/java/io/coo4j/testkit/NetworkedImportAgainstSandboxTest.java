package io.coo4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.client.CooClient;
import io.coo4j.client.ImportInfoQuery;
import io.coo4j.client.InvalidRequestException;
import io.coo4j.client.NotFoundException;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.ImportInfoRow;
import io.coo4j.core.model.ImportStatusRow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The networked import status and information queries (联网原产地证明, seed 000 ch.1) against the simulator. */
@CooSandbox
class NetworkedImportAgainstSandboxTest {
    /** The extension's client of the class's sandbox, closed after the last test. */
    private static CooClient client;

    @BeforeAll
    static void connect(CooClient shared) {
        client = shared;
    }

    @Test
    void importStatusOfAKoreanProofIsReceived() {
        ImportStatusRow row = client.networkedStatus().importStatus("19", "KR", "KR2510000123");

        assertThat(row.status()).isEqualTo("海关接收成功");
        assertThat(row.statusTime()).isEqualTo(Instant.parse("2025-10-16T02:30:00Z"));
    }

    @Test
    void importInfoListsEveryGoodsRowAndWhetherTheDeclarationMayUseIt() {
        var rows = client.networkedStatus().importInfo(new ImportInfoQuery("19", "KR", "KR2510000123", "C-原产地证书",
                "847130", LocalDate.of(2025, 10, 15)));

        assertThat(rows).extracting(ImportInfoRow::itemNumber).containsExactly(1, 2);
        assertThat(rows).allMatch(ImportInfoRow::usableForImport);
        assertThat(client.networkedStatus().importInfo(new ImportInfoQuery("10", "NZ", "NZ2510000777", "C-原产地证书",
                "040221", LocalDate.of(2025, 10, 20)))).noneMatch(ImportInfoRow::usableForImport);
    }

    @Test
    void agreementOutsideTheImportScopeIsRefusedNamingTheAgreement() {
        assertThatThrownBy(() -> client.networkedStatus().importStatus("05", "PE", "PE123"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo("agreement");
                    assertThat(e.getMessage()).contains("not networked for imports");
                });
    }

    @Test
    void originOutsideTheAgreementsNetworkedCountriesIsRefused() {
        // seed 000: ASEAN (02) is networked only with Indonesia and Singapore.
        assertThatThrownBy(() -> client.networkedStatus().importStatus("02", "TH", "TH123"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("origin"));
    }

    @Test
    void unknownProofAndMismatchedInfoConditionsAreNotFound() {
        assertThatThrownBy(() -> client.networkedStatus().importStatus("19", "KR", "KR0000000000"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.networkedStatus().importInfo(new ImportInfoQuery("19", "KR", "KR2510000123",
                "C-原产地证书", "852852", LocalDate.of(2025, 10, 15)))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void missingConditionIsRefusedBeforeTheCall() {
        assertThatThrownBy(() -> client.networkedStatus().importStatus("19", "KR", " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.location()).isEqualTo("proofNumber"));
    }

    @Test
    void ecfaImportsAreRefusedBeforeTheyWereNetworked() {
        // seed 000: ECFA (14), HK and Macao CEPA import proofs are queryable from 2025-10-29.
        Clock before = Clock.fixed(Instant.parse("2025-10-01T00:00:00Z"), ZoneOffset.UTC);
        try (Sandbox sandbox = Sandbox.builder().clock(before).start(); CooClient c = sandbox.newClient()) {
            assertThatThrownBy(() -> c.networkedStatus().importStatus("14", "TW", "TW1"))
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                        assertThat(e.field()).isEqualTo("agreement");
                        assertThat(e.getMessage()).contains("2025-10-29");
                    });
        }
    }
}
