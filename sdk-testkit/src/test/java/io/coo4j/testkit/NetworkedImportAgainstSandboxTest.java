package io.coo4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.client.CooClient;
import io.coo4j.client.ImportInfoQuery;
import io.coo4j.client.InvalidRequestException;
import io.coo4j.client.NotFoundException;
import io.coo4j.core.ChinaTime;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.ImportInfoRow;
import io.coo4j.core.model.ImportStatusRow;
import io.coo4j.core.reference.Agreement;
import io.coo4j.core.reference.ReferenceData;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

    /**
     * 000 §1.2's example answers a Myanmar proof under agreement 13, which the scope sentence of 000 covers only by its
     * 等: "13-最不发达国家特别优惠关税待遇 缅甸 E1000000000000037 2024-11-21 海关接收成功 1 BAG".
     */
    @Test
    void myanmarProofOfTheManualsExampleIsAnsweredUnderTheLdcTreatment() {
        var rows = client.networkedStatus().importInfo(new ImportInfoQuery("13", "MM", "E1000000000000037",
                "C-原产地证书", "3000000000", LocalDate.of(2024, 11, 21)));

        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo("海关接收成功");
            assertThat(r.itemNumber()).isEqualTo(1);
            assertThat(r.unit()).isEqualTo("BAG");
        });
    }

    /**
     * 000 第一篇: "进口原产地证明查询功能仅支持 01 亚太贸易协定（仅韩国）；02 中国-东盟 FTA（仅印度尼西亚、新加坡）；03 中国香港 CEPA；
     * 04 中国澳门 CEPA；07 中国-巴基斯坦 FTA（巴基斯坦）；08 中国-智利 FTA（智利）；10 中国-新西兰 FTA（新西兰）；11 中国-新加坡 FTA
     * （新加坡）；13 最不发达国家特别优惠关税待遇（仅孟加拉国、东帝汶、埃塞俄比亚、莫桑比克、尼日尔等国家）；14 海峡两岸经济合作框架协议
     * ECFA（中国台湾）；19 中国-韩国 FTA（韩国）；20 中国-格鲁吉亚（格鲁吉亚）；22 区域全面经济伙伴关系协定(RCEP)（新西兰）。" The
     * agreements table states that scope, and the simulator answers for exactly every agreement and partner the table
     * networks: the query gets past the scope check (to an unknown proof) there and is refused everywhere else.
     */
    @Test
    void importScopeIsTheAgreementsTablesAndTheTableIsTheManuals() {
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        Map<String, List<String>> networked = new TreeMap<>();
        for (Agreement a : ReferenceData.defaults().agreements()) {
            for (Agreement.Partner p : a.partners()) {
                if (a.networkedForImport(p.country(), today)) {
                    networked.computeIfAbsent(a.code(), k -> new ArrayList<>()).add(p.country());
                    assertThatThrownBy(() -> client.networkedStatus().importStatus(a.code(), p.country(), "NO-SUCH"))
                            .isInstanceOf(NotFoundException.class);
                } else {
                    assertThatThrownBy(() -> client.networkedStatus().importStatus(a.code(), p.country(), "NO-SUCH"))
                            .isInstanceOf(InvalidRequestException.class);
                }
            }
        }
        assertThat(networked.keySet())
                .containsExactly("01", "02", "03", "04", "07", "08", "10", "11", "13", "14", "19", "20", "22");
        assertThat(networked).containsEntry("01", List.of("KR")).containsEntry("22", List.of("NZ"))
                .containsEntry("14", List.of("TW")).containsEntry("20", List.of("GE"));
        assertThat(networked.get("02")).containsExactlyInAnyOrder("ID", "SG");
        // "仅孟加拉国、东帝汶、埃塞俄比亚、莫桑比克、尼日尔等国家", and 缅甸 from the example above.
        assertThat(networked.get("13")).containsExactlyInAnyOrder("BD", "TL", "ET", "MZ", "NE", "MM");
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
