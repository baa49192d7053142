package io.coo4j.core.entry;

import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.Transport;
import org.junit.jupiter.api.Test;

/**
 * 001 §1.1 运输细节: "在基本信息中，填写好启运港、卸货港、运输方式、运输工具船名/航次等，点击 运输细节字段下面的 按钮，填写过的信息将会自动生成到录入框中";
 * 002/003: "运输细节录入规则 FROM[起运港]TO[卸货港]VIA[转运港]BY[运输方式]".
 */
class TransportDetailsTest {
    private static final TransportDetails T = TransportDetails.defaults();

    static Transport transport(String loading, String discharge, String destination, String transitCountry,
                               String transhipment, String mode, String vessel) {
        return new Transport(null, false, loading, discharge, destination, transitCountry, transhipment, mode, vessel, null);
    }

    @Test
    void followsTheManualsRuleFromToViaBy() {
        assertThat(T.sentence(transport("SHANGHAI", "SINGAPORE", null, null, "HONG KONG", "SEA", null)))
                .isEqualTo("FROM SHANGHAI TO SINGAPORE VIA HONG KONG BY SEA");
    }

    @Test
    void theVesselFollowsTheModeAfterAComma() {
        assertThat(T.sentence(transport("NINGBO", "PORT KLANG", null, null, null, "SEA", "COSCO STAR V.123")))
                .isEqualTo("FROM NINGBO TO PORT KLANG BY SEA, COSCO STAR V.123");
    }

    @Test
    void emptyPartsAreLeftOutKeywordAndAll() {
        assertThat(T.sentence(transport("SHENZHEN", null, null, null, null, "AIR", null))).isEqualTo("FROM SHENZHEN BY AIR");
        assertThat(T.sentence(transport(null, null, null, null, null, null, "MU5071"))).isEqualTo("MU5071");
        assertThat(T.sentence(transport(" ", null, null, null, null, null, null))).isEmpty();
        assertThat(T.sentence(null)).isEmpty();
    }

    @Test
    void theModeIsTheTablesWordingAndACustomsCodeIsLookedUp() {
        assertThat(T.sentence(transport("A", "B", null, null, null, "ROAD", null))).isEqualTo("FROM A TO B BY TRUCK");
        assertThat(T.sentence(transport("A", "B", null, null, null, "5", null))).isEqualTo("FROM A TO B BY AIR");
    }

    @Test
    void anUnknownModeIsFreeTextNeverDropped() {
        assertThat(T.sentence(transport("A", "B", null, null, null, "SEA AND RAIL", null)))
                .isEqualTo("FROM A TO B BY SEA AND RAIL");
        assertThat(T.sentence(transport("A", "B", null, null, null, "BY BARGE", null))).isEqualTo("FROM A TO B BY BARGE");
    }

    @Test
    void withoutADischargePortTheDestinationPortIsTo() {
        assertThat(T.sentence(transport("XIAMEN", null, "MANILA", null, null, "SEA", null)))
                .isEqualTo("FROM XIAMEN TO MANILA BY SEA");
    }

    @Test
    void theTransitCountryIsNamedInEnglishAfterThePort() {
        String viaCountry = T.sentence(transport("A", "B", null, "SG", null, "SEA", null));
        assertThat(viaCountry).startsWith("FROM A TO B VIA ").endsWith(" BY SEA").doesNotContain("VIA SG ");
        assertThat(T.sentence(transport("A", "B", null, "SG", "JURONG", "SEA", null))).contains("VIA JURONG, ");
        assertThat(T.sentence(transport("A", "B", null, "QQ", null, "SEA", null))).contains("VIA QQ BY SEA");
    }

    @Test
    void keepsTheTextAsEnteredOnOneLine() {
        assertThat(T.sentence(transport("Shanghai,\nChina", "Busan", null, null, null, "SEA", null)))
                .isEqualTo("FROM Shanghai, China TO Busan BY SEA");
    }

    @Test
    void fillReplacesTheDetailsAndKeepsEverythingElse() {
        Transport t = new Transport(java.time.LocalDate.of(2025, 3, 1), true, "SHANGHAI", "BUSAN", null, null, null,
                "SEA", null, "old text");
        Certificate c = Certificate.builder().type("C").transport(t).build();
        Certificate filled = T.fill(c);
        assertThat(filled.transport().details()).isEqualTo("FROM SHANGHAI TO BUSAN BY SEA");
        assertThat(filled.transport().departureDate()).isEqualTo(t.departureDate());
        assertThat(filled.transport().departureDateEstimated()).isTrue();
        assertThat(T.fill(Certificate.builder().type("C").build())).isEqualTo(Certificate.builder().type("C").build());
    }
}
