package io.coo4j.core.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.Issuer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceDataTest {
    private final ReferenceData ref = ReferenceData.defaults();

    /** CODES.md: every code of the certificate-type table. */
    @Test
    void knowsEveryCertificateTypeOfCodesMd() {
        assertThat(ref.certificateTypes()).extracting(CertificateType::code).containsExactlyInAnyOrder(
                "C", "G", "B", "E", "HM", "P", "F", "N", "X", "R", "H", "L", "I", "S", "A", "K", "GE", "MU", "RC", "CA", "NI",
                "EC", "SE", "HD", "MV", "T", "TR", "PR", "AD", "AP", "M");
        CertificateType k = ref.certificateType("K").orElseThrow();
        assertThat(k.agreements()).containsExactly("19");
        assertThat(k.basicProfile()).isEqualTo(BasicProfile.KOREA_LIKE);
        assertThat(ref.certificateType("HM").orElseThrow().issuers()).containsExactly(Issuer.CCPIT);
        assertThat(ref.certificateType("H").orElseThrow().printedInChinese()).isTrue();
    }

    /** 003: "自助打印支持的15种证书", APTA only to Korea. */
    @Test
    void selfPrintIsTheFifteenTypesOfTheSlides() {
        assertThat(ref.certificateTypes().stream().filter(CertificateType::selfPrint).map(CertificateType::code))
                .containsExactlyInAnyOrder("A", "N", "P", "F", "S", "I", "GE", "X", "K", "H", "B", "C", "T", "TR", "PR");
        CertificateType apta = ref.certificateType("B").orElseThrow();
        assertThat(apta.selfPrintableTo("KR")).isTrue();
        assertThat(apta.selfPrintableTo("IN")).isFalse();
    }

    /** CODES.md agreement table and DOMAIN §11 networked scope. */
    @Test
    void agreementsHavePartnersAndNetworkedScope() {
        Agreement rcep = ref.agreement("22").orElseThrow();
        assertThat(rcep.isPartner("JP", LocalDate.of(2022, 1, 1))).isTrue();
        assertThat(rcep.isPartner("KR", LocalDate.of(2022, 1, 15))).as("Korea joined 2022-02-01").isFalse();
        assertThat(rcep.isPartner("US", null)).isFalse();
        assertThat(rcep.networkedForImport("NZ", LocalDate.of(2025, 1, 1))).isTrue();
        assertThat(ref.agreement("02").orElseThrow().networkedForExport("SG")).isTrue();
        assertThat(ref.agreement("02").orElseThrow().networkedForExport("TH")).isFalse();
        assertThat(ref.agreement("14").orElseThrow().networkedForImport("TW", LocalDate.of(2025, 10, 28))).isFalse();
        assertThat(ref.agreement("14").orElseThrow().networkedForImport("TW", LocalDate.of(2025, 10, 29))).isTrue();
        assertThat(ref.agreement("13").orElseThrow().exportCertificates()).isFalse();
    }

    @Test
    void countriesComeFromTheJdkWithHongKongMacaoAndTaiwanAsRegions() {
        Countries c = ref.countries();
        assertThat(c.byAlpha2("TW").orElseThrow().nameZh()).isEqualTo("中国台湾");
        assertThat(c.byAlpha2("HK").orElseThrow().region()).isTrue();
        assertThat(c.byAlpha2("SG").orElseThrow().nameEn()).isEqualTo("SINGAPORE");
        assertThat(c.byAlpha3("SGP").orElseThrow().alpha2()).isEqualTo("SG");
        assertThat(c.all()).allSatisfy(country -> assertThat(country.nameEn()).matches("[ -~]+"));
        assertThat(c.exists("XX")).isFalse();
    }

    @Test
    void codeTablesHaveTheCodesTheSamplesUse() {
        assertThat(ref.units().contains("PCS")).isTrue();
        assertThat(ref.units().findByCustomsCode("035").orElseThrow().code()).isEqualTo("KG");
        assertThat(ref.packageKinds().contains("CARTONS")).isTrue();
        assertThat(ref.transportModes().contains("SEA")).isTrue();
        assertThat(ref.tradeModes().contains("GENERAL_TRADE")).isTrue();
        assertThat(ref.priceTerms().entries()).hasSize(11);
    }

    @Test
    void aUserFileReplacesATable(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("price-terms.json");
        Files.writeString(f, """
                {"description": "mine", "source": "test", "entries": [
                  {"code": "FOB", "nameEn": "FREE ON BOARD", "nameZh": "船上交货", "seaOnly": true}]}
                """);
        ReferenceData mine = ReferenceData.builder().overridesFrom(dir).build();
        assertThat(mine.priceTerms().entries()).hasSize(1);
        assertThat(mine.certificateTypes()).hasSameSizeAs(ref.certificateTypes());
    }

    @Test
    void aBadUserFileNamesTheFileRowAndField(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("types.json");
        Files.writeString(f, """
                {"description": "mine", "source": "test", "entries": [
                  {"code": "ZZ", "nameZh": "测试", "nameEn": "TEST", "issuers": ["CUSTOMS"], "agreements": ["99"],
                   "destinationRule": "AGREEMENT_PARTNER", "destinationCountries": [], "selfPrint": false,
                   "selfPrintDestinations": [], "basicProfile": "GENERAL", "goodsProfile": "GENERAL", "formFamily": "FTA",
                   "printLanguage": "EN", "source": "test", "verify": null}]}
                """);
        assertThatThrownBy(() -> ReferenceData.builder().override(ReferenceData.Table.CERTIFICATE_TYPES, f).build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(f.toString()).hasMessageContaining("entries[0].agreements[0]").hasMessageContaining("99");
        Files.writeString(f, "{\"description\": 1, \"entries\": []}");
        assertThatThrownBy(() -> ReferenceData.builder().override(ReferenceData.Table.CERTIFICATE_TYPES, f).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("description");
    }

    @Test
    void everyUnconfirmedValueSaysWhy() {
        List<CertificateType> unverified = ref.certificateTypes().stream().filter(t -> t.verify() != null).toList();
        assertThat(unverified).extracting(CertificateType::code).contains("MU", "CA", "NI", "T", "TR", "PR", "RC");
        assertThat(unverified).allSatisfy(t -> assertThat(t.verify()).isNotBlank());
    }
}
