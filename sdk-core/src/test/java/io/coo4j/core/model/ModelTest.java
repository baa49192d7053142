package io.coo4j.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.Masking;
import io.coo4j.core.hs.HsCode;
import io.coo4j.core.hs.HsLevel;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTest {
    /** ARCHITECTURE.md: identity-card numbers and phones are masked in logs. */
    @Test
    void personalDataIsMaskedInToString() {
        assertThat(Masking.mask("440301199001011234")).isEqualTo("440*************34");
        assertThat(Masking.mask("12345")).isEqualTo("*****");
        assertThat(new Declarant("张三", "440301199001011234", "13800000000").toString())
                .doesNotContain("199001011234").doesNotContain("13800000000").contains("张三");
        assertThat(new Signature("G1", "张三", "440301199001011234", null, null, null, true, null).toString())
                .doesNotContain("199001011234");
    }

    /** 001 §1.1: the FOB value accumulates from the goods (根据货物信息累计). */
    @Test
    void fobIsTheSumOfTheGoods() {
        Certificate c = Certificate.builder()
                .addGoods(GoodsItem.builder().seq(1).fobValue(new BigDecimal("10.005")).build())
                .addGoods(GoodsItem.builder().seq(2).build())
                .addGoods(GoodsItem.builder().seq(3).fobValue(new BigDecimal("5")).build()).build();
        assertThat(c.goodsFobTotal()).isEqualByComparingTo("15.01").hasToString("15.01");
    }

    @Test
    void listsAreCopiedAndNeverNull() {
        java.util.ArrayList<GoodsItem> goods = new java.util.ArrayList<>(List.of(GoodsItem.builder().seq(1).build()));
        Certificate c = Certificate.builder().goods(goods).nonPartyCompanies(null).build();
        goods.clear();
        assertThat(c.goods()).hasSize(1);
        assertThat(c.nonPartyCompanies()).isEmpty();
        assertThatThrownBy(() -> c.goods().add(GoodsItem.builder().build())).isInstanceOf(UnsupportedOperationException.class);
    }

    /** 001 ch.2: initial values pre-fill new certificates. */
    @Test
    void initialValuesPrefillADraft() {
        InitialValues iv = new InitialValues("5300", "5301", "SHENZHEN", Party.of("A CO.", "ROAD 1", "CN"),
                new Declarant("张三", null, null), "GENERAL_TRADE", Party.of("B LTD", "STREET 2", "SG"), "A FACTORY, SHENZHEN");
        Certificate c = iv.prefill("K").build();
        assertThat(c.type()).isEqualTo("K");
        assertThat(c.issuingAuthority()).isEqualTo("5300");
        assertThat(c.collectingAuthority()).isEqualTo("5301");
        assertThat(c.consignee().name()).isEqualTo("B LTD");
        assertThat(c.producer().name()).isEqualTo("A FACTORY, SHENZHEN");
        assertThat(c.category()).isEqualTo(CertificateCategory.ORIGINAL);
    }

    /** 001 ch.1: only after 同步成功, and with no change in flight, may an enterprise declare. */
    @Test
    void anEnterpriseDeclaresOnlyWhenSynced() {
        Enterprise e = new Enterprise("456500999", "91440300456500999G", "深圳", "SZ", null, null, null, ApplicationMode.SELF,
                true, SyncStatus.SYNC_SUCCESS, false, true, null, null, null);
        assertThat(e.readyToDeclare()).isTrue();
        assertThat(new Enterprise("456500999", null, null, null, null, null, null, ApplicationMode.SELF, true,
                SyncStatus.SYNC_SUCCESS, true, true, null, null, null).readyToDeclare()).isFalse();
        assertThat(new Enterprise("456500999", null, null, null, null, null, null, ApplicationMode.SELF, true,
                SyncStatus.SYNC_FAILED, false, true, null, null, null).readyToDeclare()).isFalse();
    }

    /** Seed 000: only 海关接收成功 lets an import declaration use the proof. */
    @Test
    void onlyReceivedImportProofsAreUsable() {
        assertThat(new ImportInfoRow("22", "NZ", "X1", "C", "040221", null, "海关接收成功", 1, "KG").usableForImport()).isTrue();
        assertThat(new ImportInfoRow("22", "NZ", "X1", "C", "040221", null, "发往对方海关失败", 1, "KG").usableForImport()).isFalse();
    }

    @Test
    void hsCodesSplitIntoTheirLevels() {
        HsCode c = HsCode.parse("8517.62.00.00").orElseThrow();
        assertThat(c.digits()).isEqualTo("8517620000");
        assertThat(c.chapter()).isEqualTo("85");
        assertThat(c.heading()).isEqualTo("8517");
        assertThat(c.subheading()).isEqualTo("851762");
        assertThat(c.at(HsLevel.HEADING)).isEqualTo("8517");
        assertThat(c.headingDotted()).isEqualTo("85.17");
        assertThat(c.hasNationalExtension()).isTrue();
        assertThat(HsCode.parse("851762").orElseThrow().hasNationalExtension()).isFalse();
        assertThat(HsCode.parse("8517.6")).isEmpty();
        assertThat(HsCode.parse(null)).isEmpty();
        assertThatThrownBy(() -> new HsCode("85176A")).isInstanceOf(InvalidInputException.class)
                .hasMessage("HS code: digits: must be 6, 8 or 10 digits, found \"85176A\"");
    }

    /** The customs message's CertStatus: 0 new, 1 amended, 2 reissued, 3 both (FORMATS.md). */
    @Test
    void categoriesCarryTheMessageCode() {
        assertThat(CertificateCategory.AMENDMENT_REISSUE.messageCode()).isEqualTo(3);
        assertThat(CertificateCategory.ORIGINAL.replacesAnother()).isFalse();
        assertThat(CertificateCategory.REISSUE.replacesAnother()).isTrue();
    }

    /** 003: round Ø ≤ 45 mm, rectangle ≤ 55 × 40 mm, oval ≤ 55 × 45 mm. */
    @Test
    void sealShapesHaveTheirLimits() {
        assertThat(SealShape.ROUND.fits(new BigDecimal("45"), new BigDecimal("45"))).isTrue();
        assertThat(SealShape.ROUND.fits(new BigDecimal("45.1"), new BigDecimal("45"))).isFalse();
        assertThat(SealShape.RECTANGLE.fits(new BigDecimal("55"), new BigDecimal("41"))).isFalse();
        assertThat(SealShape.OVAL.fits(new BigDecimal("55"), new BigDecimal("45"))).isTrue();
        assertThat(SealShape.OVAL.fits(BigDecimal.ZERO, new BigDecimal("45"))).isFalse();
    }
}
