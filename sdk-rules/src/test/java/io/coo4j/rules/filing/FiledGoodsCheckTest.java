package io.coo4j.rules.filing;

import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.FiledGoods;
import io.coo4j.core.model.GoodsItem;
import io.coo4j.core.model.Issuer;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.core.validation.NotChecked;
import io.coo4j.core.validation.ValidationReport;
import io.coo4j.core.validation.Violation;
import io.coo4j.rules.CertificateValidator;
import org.junit.jupiter.api.Test;

/** 002 优惠原产地证: "优惠原产地证书, 录入的商品信息必须是已备案并审核通过的商品数据" — checked with the filings, not without. */
class FiledGoodsCheckTest {
    private static final FiledGoods SWITCH_FOR_E = (type, hs) -> "E".equals(type) && "851762".equals(hs);

    private static Certificate ccpit(String type, String hs) {
        return Certificate.builder().type(type).issuingAuthority("440300")
                .addGoods(GoodsItem.builder().seq(1).hsCode(hs).nameEn("NETWORK SWITCH").build())
                .addGoods(GoodsItem.builder().seq(2).nonGoodsItem(true).nameEn("MIXED CONSIGNMENT").build()).build();
    }

    private static ValidationReport validate(Certificate c, FiledGoods filed) {
        CertificateValidator.Builder b = CertificateValidator.builder();
        return (filed == null ? b : b.filedGoods(filed)).build().validate(c);
    }

    @Test
    void unfiledGoodsOnACcpitPreferentialCertificateAreAnError() {
        ValidationReport r = validate(ccpit("E", "020422"), SWITCH_FOR_E);
        assertThat(r.withCode("GOODS_FILING_GOODS_NOT_FILED")).extracting(Violation::path, Violation::isError)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("goods[0].hsCode", true));
        assertThat(r.notChecked()).extracting(NotChecked::check).doesNotContain(FiledGoodsCheck.FILED_GOODS);
    }

    @Test
    void filedGoodsPassAndOnlyForTheTypeTheyAreFiledFor() {
        assertThat(validate(ccpit("E", "851762"), SWITCH_FOR_E).withCode("GOODS_FILING_GOODS_NOT_FILED")).isEmpty();
        assertThat(validate(ccpit("N", "851762"), SWITCH_FOR_E).withCode("GOODS_FILING_GOODS_NOT_FILED")).hasSize(1);
    }

    @Test
    void withoutTheFilingsTheCheckIsNotMadeNeverPassed() {
        ValidationReport r = validate(ccpit("E", "020422"), null);
        assertThat(r.withCode("GOODS_FILING_GOODS_NOT_FILED")).isEmpty();
        assertThat(r.notChecked()).extracting(NotChecked::check).contains(FiledGoodsCheck.FILED_GOODS);
    }

    @Test
    void customsAndNonPreferentialCertificatesAreNotConcerned() {
        Certificate customs = ccpit("E", "020422").toBuilder().issuingAuthority("5300").build();
        Certificate general = ccpit("C", "020422");
        for (Certificate c : new Certificate[] {customs, general}) {
            ValidationReport r = validate(c, null);
            assertThat(r.notChecked()).extracting(NotChecked::check).doesNotContain(FiledGoodsCheck.FILED_GOODS);
            assertThat(validate(c, SWITCH_FOR_E).withCode("GOODS_FILING_GOODS_NOT_FILED")).isEmpty();
        }
        assertThat(FiledGoodsCheck.issuer(customs, ReferenceData.defaults())).isEqualTo(Issuer.CUSTOMS);
        assertThat(FiledGoodsCheck.issuer(general, ReferenceData.defaults())).isEqualTo(Issuer.CCPIT);
        assertThat(FiledGoodsCheck.issuer(ccpit("P", "020422"), ReferenceData.defaults())).as("a type only the customs issue")
                .isEqualTo(Issuer.CUSTOMS);
    }
}
