package io.coo4j.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.core.data.DataPack;
import io.coo4j.core.json.CooJson;
import io.coo4j.core.model.ApplicationMode;
import io.coo4j.core.model.BaseDataKind;
import io.coo4j.core.model.BaseDataProfile;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.Contact;
import io.coo4j.core.model.Enterprise;
import io.coo4j.core.model.GoodsItem;
import io.coo4j.core.model.MaterialLine;
import io.coo4j.core.model.Party;
import io.coo4j.core.model.ProductPreReview;
import io.coo4j.core.model.SyncStatus;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.core.testing.SharedData;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class FieldValidatorTest {
    static final FieldValidator NO_PACK = FieldValidator.defaults();

    /** A small certificate that passes every field check. */
    static Certificate valid() {
        return Certificate.builder().type("E").number("E254565009990001").filingNumber("456500999").issuingAuthority("5300")
                .creditCode("91440300456500999G")
                .exporter(Party.of("SHENZHEN EXAMPLE CO., LTD.", "NO.1 EXAMPLE ROAD\nSHENZHEN, CHINA", "CN"))
                .consignee(Party.of("EXAMPLE PTE. LTD.", "1 EXAMPLE STREET, SINGAPORE", "SG"))
                .destinationCountry("SG").currency("USD").priceTerm("FOB").tradeMode("GENERAL_TRADE")
                .addGoods(GoodsItem.builder().seq(1).hsCode("851762").nameCn("网络交换机").nameEn("NETWORK SWITCH")
                        .quantity(new io.coo4j.core.model.Quantity(BigDecimal.TEN, "PCS"))
                        .fobValue(new BigDecimal("1000.00")).originCriterion("PSR").build())
                .build();
    }

    static Certificate goods(UnaryOperator<GoodsItem.Builder> change) {
        Certificate c = valid();
        return c.toBuilder().goods(List.of(change.apply(c.goods().get(0).toBuilder()).build())).build();
    }

    @Test
    void aValidCertificateHasNoViolationsButSaysTheTableChecksWereNotMade() {
        ValidationReport r = NO_PACK.validate(valid());
        assertThat(r.violations()).isEmpty();
        assertThat(r.valid()).isTrue();
        assertThat(r.notChecked()).extracting(NotChecked::check)
                .containsExactlyInAnyOrder(FieldValidator.HS_CODE_EXISTS, FieldValidator.AUTHORITY_EXISTS);
    }

    /** Issue 17: a library's report names the Java API that supplies the tables, never the command line's flags. */
    @Test
    void theNotCheckedReasonNamesTheApiThatLoadsAPack() {
        assertThat(FieldValidator.defaults().validate(valid()).notChecked()).extracting(NotChecked::reason)
                .allSatisfy(reason -> assertThat(reason).contains("DataPack.fromEnvironment()").contains("COO4J_DATA")
                        .doesNotContain("--"));
    }

    @Test
    void withTheCustomsDistrictsAnUnknownAuthorityIsAnError() {
        FieldValidator v = FieldValidator.create(ReferenceData.defaults(), DataPack.load(SharedData.folder()));
        ValidationReport r = v.validate(valid().toBuilder().issuingAuthority("5300").collectingAuthority("5399").build());
        assertThat(r.notChecked()).isEmpty();
        assertThat(r.has("AUTHORITY_UNKNOWN", "collectingAuthority")).isTrue();
        assertThat(r.has("AUTHORITY_UNKNOWN", "issuingAuthority")).isFalse();
        assertThat(r.withCode("AUTHORITY_UNKNOWN").get(0).messageZh()).contains("5399");
    }

    /** 002: HS codes are 6, 8 or 10 digits. */
    @Test
    void rejectsHsCodeOfSevenDigits() {
        ValidationReport r = NO_PACK.validate(goods(g -> g.hsCode("8517620")));
        assertThat(r.has("HS_CODE_FORMAT", "goods[0].hsCode")).isTrue();
        assertThat(r.valid()).isFalse();
    }

    @Test
    void aNonGoodsItemNeedsNoHsCode() {
        assertThat(NO_PACK.validate(goods(g -> g.hsCode(null).nonGoodsItem(true))).violations()).isEmpty();
        assertThat(NO_PACK.validate(goods(g -> g.hsCode(null))).has("REQUIRED", "goods[0].hsCode")).isTrue();
    }

    @Test
    void withTheNomenclatureAnUnknownSubheadingIsAnErrorNamingTheNearestParent() {
        FieldValidator v = FieldValidator.create(ReferenceData.defaults(), DataPack.load(SharedData.folder()));
        ValidationReport r = v.validate(goods(g -> g.hsCode("851763")));
        assertThat(r.notChecked()).isEmpty();
        Violation unknown = r.withCode("HS_CODE_UNKNOWN").get(0);
        assertThat(unknown.path()).isEqualTo("goods[0].hsCode");
        assertThat(unknown.message()).contains("851763").contains("HS2022").contains("85.17");
        assertThat(unknown.messageZh()).contains("85.17");
        ValidationReport national = v.validate(goods(g -> g.hsCode("8517620000")));
        assertThat(national.valid()).isTrue();
        assertThat(national.withCode("HS_NATIONAL_EXTENSION_UNVERIFIED")).singleElement()
                .extracting(Violation::severity).isEqualTo(Severity.WARNING);
        assertThat(v.validate(valid()).violations()).isEmpty();
    }

    @Test
    void checksIdentifiersWithTheirCheckCharacters() {
        assertThat(NO_PACK.validate(valid().toBuilder().filingNumber("45650099").build()).has("FILING_NUMBER_FORMAT", "filingNumber")).isTrue();
        assertThat(NO_PACK.validate(valid().toBuilder().creditCode("91440300456500999H").build()).has("CREDIT_CODE_CHECK", "creditCode")).isTrue();
        assertThat(NO_PACK.validate(valid().toBuilder().creditCode("9144030045650099").build()).has("CREDIT_CODE_FORMAT", "creditCode")).isTrue();
        Certificate badId = valid().toBuilder().declarant(new io.coo4j.core.model.Declarant("张三", "440301199001011235", "138")).build();
        assertThat(NO_PACK.validate(badId).has("RESIDENT_ID_CHECK", "declarant.idNumber")).isTrue();
    }

    @Test
    void checksCodesAgainstTheReferenceTables() {
        ValidationReport r = NO_PACK.validate(valid().toBuilder().destinationCountry("XX").currency("DOLLARS").priceTerm("FOT")
                .tradeMode("SMUGGLING").build());
        assertThat(r.withCode("COUNTRY_UNKNOWN")).extracting(Violation::path).containsExactly("destinationCountry");
        assertThat(r.has("CURRENCY_UNKNOWN", "currency")).isTrue();
        assertThat(r.has("PRICE_TERM_UNKNOWN", "priceTerm")).isTrue();
        assertThat(r.has("TRADE_MODE_UNKNOWN", "tradeMode")).isTrue();
        assertThat(NO_PACK.validate(goods(g -> g.quantity(new io.coo4j.core.model.Quantity(BigDecimal.ONE, "PIECE-ISH"))))
                .has("UNIT_UNKNOWN", "goods[0].quantity.unit")).isTrue();
        assertThat(NO_PACK.validate(valid().toBuilder().type("ZZ").build()).has("CERTIFICATE_TYPE_UNKNOWN", "type")).isTrue();
    }

    /** DOMAIN §2: printed fields are English, except on ECFA (Form H), which prints in Chinese. */
    @Test
    void printedFieldsMustBeEnglishExceptOnEcfa() {
        Certificate chinese = valid().toBuilder().exporter(Party.of("深圳示例有限公司", "深圳市南山区", "CN")).build();
        Violation v = NO_PACK.validate(chinese).withCode("NOT_PRINTABLE_ENGLISH").get(0);
        assertThat(v.path()).isEqualTo("exporter.name");
        assertThat(v.message()).contains("\"深\"").contains("U+6DF1").contains("position 1");
        assertThat(NO_PACK.validate(chinese.toBuilder().type("H").destinationCountry("TW").build()).withCode("NOT_PRINTABLE_ENGLISH")).isEmpty();
        assertThat(NO_PACK.validate(goods(g -> g.nameCn("网络交换机"))).violations()).as("the Chinese name is not printed").isEmpty();
    }

    @Test
    void controlCharactersAreRefusedEverywhere() {
        ValidationReport r = NO_PACK.validate(valid().toBuilder().enterpriseNameCn("深圳\u0007示例").marks("N/M\u001b[31m").build());
        assertThat(r.withCode("CONTROL_CHARACTER")).extracting(Violation::path).containsExactlyInAnyOrder("enterpriseNameCn", "marks");
        assertThat(r.withCode("CONTROL_CHARACTER").get(0).message()).contains("position 3");
    }

    /**
     * coo.xsd Goods: GoodsName maxLength 200, GoodsNameE 400, GoodsDesc 1000. The customs message carries no more, so a
     * goods line's longer name or description is {@code MESSAGE_LENGTH} (SCHEMA, an ERROR), counted in characters as
     * the schema counts them: a character outside the BMP is one.
     */
    @Test
    void goodsNamesAndDescriptionsFitTheirMessageElements() {
        String clef = "\uD834\uDD1E"; // one character, two UTF-16 units
        assertThat(NO_PACK.validate(goods(g -> g.nameCn(clef.repeat(200)).nameEn("N".repeat(400))
                .description("D".repeat(1000)))).violations()).isEmpty();
        ValidationReport r = NO_PACK.validate(goods(g -> g.nameCn("名".repeat(201)).nameEn("N".repeat(401))
                .description("D".repeat(1001))));
        assertThat(r.withCode("MESSAGE_LENGTH")).extracting(v -> v.path() + " " + v.severity() + " " + v.grade())
                .containsExactly("goods[0].nameCn ERROR SCHEMA", "goods[0].nameEn ERROR SCHEMA",
                        "goods[0].description ERROR SCHEMA");
        assertThat(r.withCode("MESSAGE_LENGTH").get(0).message()).contains("201").contains("GoodsName").contains("200");
        assertThat(NO_PACK.validate(GoodsItem.builder().hsCode("851762").nameEn("N".repeat(401)).build())
                .has("MESSAGE_LENGTH", "goods.nameEn")).as("a goods line on its own (the catalogue)").isTrue();
    }

    @Test
    void amountsAreNonNegativeAndSharesAPercentage() {
        ValidationReport r = NO_PACK.validate(goods(g -> g.fobValue(new BigDecimal("-1")).importContentPercent(new BigDecimal("101"))));
        assertThat(r.has("AMOUNT_NEGATIVE", "goods[0].fobValue")).isTrue();
        assertThat(r.has("PERCENT_RANGE", "goods[0].importContentPercent")).isTrue();
    }

    @Test
    void aCertificateNeedsGoods() {
        assertThat(NO_PACK.validate(valid().toBuilder().goods(List.of()).build()).has("REQUIRED", "goods")).isTrue();
    }

    /** 001 ch.1: the English name is required unless 不申领证书; submitting needs the commitment. */
    @Test
    void enterpriseNeedsEnglishNameUnlessNotApplyingAndTheCommitment() {
        Enterprise e = new Enterprise("456500999", "91440300456500999G", "深圳示例有限公司", null, null, null,
                new Contact("李四", "0755-88888888"), ApplicationMode.SELF, true, SyncStatus.NOT_SUBMITTED, false, false,
                null, null, null);
        ValidationReport r = NO_PACK.validate(e);
        assertThat(r.violations()).extracting(Violation::code, Violation::path)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("REQUIRED", "nameEn"),
                        org.assertj.core.groups.Tuple.tuple("COMMITMENT_REQUIRED", "commitment"));
        Enterprise notApplying = new Enterprise("456500999", "91440300456500999G", "深圳示例有限公司", null, null, null, null,
                ApplicationMode.NOT_APPLYING, false, SyncStatus.NOT_SUBMITTED, false, true, "123456", "12345678", null);
        assertThat(NO_PACK.validate(notApplying).violations()).extracting(Violation::code).containsExactly("CCPIT_CODE_FORMAT");
    }

    /** 002: profile codes of 3–8 letters or digits, phones ≤ 20, bank accounts of 19. */
    @Test
    void baseDataProfilesFollowTheCcpitSlides() {
        BaseDataProfile p = new BaseDataProfile(BaseDataKind.EXPORTER, "AB", "EXAMPLE", null, "CN", "0755-888888888888888888",
                null, "x@", "123", null);
        assertThat(NO_PACK.validate(p).violations()).extracting(Violation::code)
                .containsExactlyInAnyOrder("BASE_DATA_CODE_FORMAT", "PHONE_FORMAT", "EMAIL_FORMAT", "BANK_ACCOUNT_FORMAT");
    }

    @Test
    void preReviewFieldsAreChecked() {
        ProductPreReview p = new ProductPreReview("木制椅子", "WOODEN CHAIR", "94016", "PCS", "USD", new BigDecimal("100"),
                new BigDecimal("90"), null, List.of(new MaterialLine("OAK BOARD", "440791", "ZZ", new BigDecimal("6"),
                BigDecimal.ONE, BigDecimal.ZERO, new BigDecimal("-30"))));
        assertThat(NO_PACK.validate(p).violations()).extracting(Violation::code, Violation::path).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("HS_CODE_FORMAT", "hsCode"),
                org.assertj.core.groups.Tuple.tuple("REQUIRED", "containsImported"),
                org.assertj.core.groups.Tuple.tuple("COUNTRY_UNKNOWN", "materials[0].originCountry"),
                org.assertj.core.groups.Tuple.tuple("AMOUNT_NEGATIVE", "materials[0].nonOriginatingValue"));
    }

    /** 003: seal name ≤ 25 Chinese characters, remark ≤ 200; round Ø ≤ 45 mm, rectangle ≤ 55 × 40, oval ≤ 55 × 45. */
    @Test
    void sealsFollowTheSelfPrintSlides() {
        io.coo4j.core.model.Seal ok = new io.coo4j.core.model.Seal("S1", "深".repeat(25), io.coo4j.core.model.SealKind.COMPANY,
                io.coo4j.core.model.SealShape.ROUND, new BigDecimal("42"), new BigDecimal("42"), false, "备".repeat(200),
                java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2026, 1, 1), true, null);
        assertThat(NO_PACK.validate(ok).violations()).isEmpty();
        io.coo4j.core.model.Seal bad = new io.coo4j.core.model.Seal("S2", "深".repeat(26), io.coo4j.core.model.SealKind.CONTRACT,
                io.coo4j.core.model.SealShape.RECTANGLE, new BigDecimal("55"), new BigDecimal("40.5"), false, "备".repeat(201),
                java.time.LocalDate.of(2026, 1, 2), java.time.LocalDate.of(2026, 1, 1), true, null);
        ValidationReport r = NO_PACK.validate(bad);
        assertThat(r.violations()).extracting(Violation::code, Violation::path).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("TEXT_TOO_LONG", "name"), org.assertj.core.groups.Tuple.tuple("TEXT_TOO_LONG", "remark"),
                org.assertj.core.groups.Tuple.tuple("SEAL_SIZE", "widthMm"), org.assertj.core.groups.Tuple.tuple("DATE_ORDER", "validFrom"));
        assertThat(r.withCode("TEXT_TOO_LONG").get(0).message()).contains("26 characters").contains("at most 25");
        assertThat(r.withCode("SEAL_SIZE").get(0).message()).contains("55 × 40 mm");
    }

    @Test
    void signaturesNeedTheDeclarantAndAShortRemark() {
        io.coo4j.core.model.Signature s = new io.coo4j.core.model.Signature("G1", "张三", "440301199001011235", null, null,
                "x".repeat(201), true, null);
        assertThat(NO_PACK.validate(s).violations()).extracting(Violation::code)
                .containsExactlyInAnyOrder("RESIDENT_ID_CHECK", "TEXT_TOO_LONG");
    }

    @Test
    void everyRuleHasBothMessagesAndASource() {
        for (FieldRule r : FieldRule.values()) {
            assertThat(r.messageTemplate()).as(r + " en").isNotBlank();
            assertThat(r.messageTemplateZh()).as(r + " zh").isNotBlank().isNotEqualTo(r.messageTemplate());
            assertThat(r.source()).as(r + " source").isNotBlank();
        }
    }

    @Test
    void aReportReadsBackFromJson() {
        ValidationReport r = NO_PACK.validate(goods(g -> g.hsCode("1")));
        assertThat(CooJson.strict().read(CooJson.strict().write(r), ValidationReport.class, "report")).isEqualTo(r);
    }
}
