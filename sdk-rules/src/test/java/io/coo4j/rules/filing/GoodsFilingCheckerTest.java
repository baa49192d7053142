package io.coo4j.rules.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.coo4j.core.model.FiledMaterial;
import io.coo4j.core.model.GoodsFiling;
import io.coo4j.core.validation.Severity;
import io.coo4j.core.validation.SourceGrade;
import io.coo4j.core.validation.ValidationReport;
import io.coo4j.core.validation.Violation;
import io.coo4j.rules.CertificateRule;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each 002 field constraint of a goods filing (商品备案, 加工工序编辑), with the manual's words. */
class GoodsFilingCheckerTest {
    private static final GoodsFilingChecker CHECKER = GoodsFilingChecker.defaults();

    static GoodsFiling.Builder complete() {
        return GoodsFiling.builder().regions(List.of("E", "N")).hsCode("851762").nameEn("NETWORK SWITCH").nameCn("网络交换机")
                .processingOperations("SMT, assembly, testing").manufacturer("深圳示例有限公司 深圳市示例路1号").unit("PCS")
                .unitFobValue(new BigDecimal("12.50")).addMaterial("8542", new BigDecimal("3.20"))
                .adValoremPercent(new BigDecimal("17"));
    }

    private static List<Violation> findings(GoodsFiling f) {
        return CHECKER.check(f).violations();
    }

    @Test
    void aCompleteFilingMayBeDeclared() {
        ValidationReport r = CHECKER.check(complete().build());
        assertThat(r.violations()).isEmpty();
        assertThat(r.valid()).isTrue();
    }

    @Test
    void filingDataNeedsOneAreaAtLeast() {
        // 002 商品备案: "备案资料 至少应填写一条数据"
        assertThat(findings(complete().regions(List.of()).build())).extracting(Violation::code, Violation::path)
                .containsExactly(tuple("GOODS_FILING_REGION_REQUIRED", "regions"));
    }

    @Test
    void ecfaGoodsAreFiledAlone() {
        // 002 商品备案: "《海峡两岸经济合作框架协议》商品信息需单独备案，不能与其它优惠区域合并"
        assertThat(findings(complete().regions(List.of("E", "H")).build())).extracting(Violation::code, Violation::path)
                .containsExactly(tuple("GOODS_FILING_ECFA_NOT_ALONE", "regions[1]"));
        assertThat(findings(complete().regions(List.of("H")).build())).isEmpty();
    }

    @Test
    void anAreaIsAPreferentialTypeCcpitIssues() {
        // 002 创建原产地证 lists the preferential types CCPIT issues; C is not preferential, P (Pakistan) is the customs' only
        assertThat(findings(complete().regions(List.of("C", "P", "ZZ", "E", "E")).build()))
                .extracting(Violation::code, Violation::path, Violation::severity).containsExactly(
                        tuple("GOODS_FILING_REGION_NOT_CCPIT_PREFERENTIAL", "regions[0]", Severity.ERROR),
                        tuple("GOODS_FILING_REGION_NOT_CCPIT_PREFERENTIAL", "regions[1]", Severity.ERROR),
                        tuple("GOODS_FILING_REGION_NOT_CCPIT_PREFERENTIAL", "regions[2]", Severity.ERROR),
                        tuple("GOODS_FILING_REGION_DUPLICATE", "regions[4]", Severity.WARNING));
    }

    @Test
    void theDialogsStarredFieldsAreRequired() {
        // 002 加工工序编辑: "* H.S.Code", "* 交货单价", "* 产品名称", "* 加工工序", "* 从价百分比"
        GoodsFiling empty = complete().hsCode(null).unitFobValue(null).nameEn(null).nameCn(" ").processingOperations("")
                .adValoremPercent(null).build();
        assertThat(findings(empty)).extracting(Violation::code, Violation::path).containsExactlyInAnyOrder(
                tuple("GOODS_FILING_FIELD_REQUIRED", "hsCode"), tuple("GOODS_FILING_FIELD_REQUIRED", "unitFobValue"),
                tuple("GOODS_FILING_FIELD_REQUIRED", "nameEn"), tuple("GOODS_FILING_FIELD_REQUIRED", "processingOperations"),
                tuple("GOODS_FILING_FIELD_REQUIRED", "adValoremPercent"));
        assertThat(findings(empty).get(0).messageZh()).endsWith("为必填项");
        assertThat(findings(complete().nameEn(null).build())).as("产品名称: the Chinese name fills it").isEmpty();
    }

    @Test
    void hsCodeHasSixEightOrTenDigits() {
        // 002 商品信息: "商品HS编码 6、8、10位海关税则号"; the certificate screen: "6、8、10位纯数字"
        for (String ok : List.of("851762", "85176200", "8517620000")) {
            assertThat(findings(complete().hsCode(ok).build())).as(ok).isEmpty();
        }
        for (String bad : List.of("8517", "8517620", "85176200A")) {
            assertThat(findings(complete().hsCode(bad).build())).as(bad).extracting(Violation::code).containsExactly("HS_CODE_FORMAT");
        }
    }

    @Test
    void materialsNeedOneRowAtLeastWithFourDigitHeadings() {
        // 002 商品备案: "原材料、零部件 至少应填写一条数据"; 加工工序编辑: "海关税则号(4位)", "CIF单价(USD)"
        assertThat(findings(complete().materials(List.of()).build())).extracting(Violation::code)
                .containsExactly("GOODS_FILING_MATERIAL_REQUIRED");
        GoodsFiling rows = complete().materials(List.of(new FiledMaterial("392", new BigDecimal("1")),
                new FiledMaterial("39.26", new BigDecimal("1")), new FiledMaterial("3926", null))).build();
        assertThat(findings(rows)).extracting(Violation::code, Violation::path, Violation::grade).containsExactly(
                tuple("GOODS_FILING_TARIFF_HEADING_FORMAT", "materials[0].tariffHeading", SourceGrade.SEED),
                tuple("GOODS_FILING_TARIFF_HEADING_FORMAT", "materials[1].tariffHeading", SourceGrade.SEED),
                tuple("GOODS_FILING_MATERIAL_PRICE_MISSING", "materials[2].cifUnitPriceUsd", SourceGrade.INFERRED));
    }

    @Test
    void everyRuleQuotesItsManualAndOnlyInferredOnesWarn() {
        List<CertificateRule> filing = Arrays.stream(CertificateRule.values())
                .filter(r -> r.name().startsWith("GOODS_FILING_")).toList();
        assertThat(filing).hasSize(9);
        for (CertificateRule rule : filing) {
            assertThat(rule.source()).as(rule.code()).startsWith("002 ").containsPattern("\\p{IsHan}");
            assertThat(rule.severity() == Severity.ERROR).as(rule.code()).isEqualTo(rule.grade().authoritative());
            assertThat(rule.messageTemplate()).as(rule.code()).isNotBlank();
            assertThat(rule.messageTemplateZh()).as(rule.code()).containsPattern("\\p{IsHan}");
        }
    }
}
