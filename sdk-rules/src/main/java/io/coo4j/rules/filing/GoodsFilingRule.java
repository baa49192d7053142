package io.coo4j.rules.filing;

import static io.coo4j.core.validation.Severity.ERROR;
import static io.coo4j.core.validation.Severity.WARNING;
import static io.coo4j.core.validation.SourceGrade.INFERRED;
import static io.coo4j.core.validation.SourceGrade.SEED;

import io.coo4j.core.validation.Rule;
import io.coo4j.core.validation.Severity;
import io.coo4j.core.validation.SourceGrade;

/**
 * The rules of a CCPIT goods filing (商品备案, 002) and the one they serve on certificates: a CCPIT preferential
 * certificate carries filed goods only. Each cites 002 with its words; what 002 does not say only warns.
 */
public enum GoodsFilingRule implements Rule {
    /** 备案资料 "至少应填写一条数据": at least one preferential area. */
    REGION_REQUIRED(ERROR, SEED, "002 商品备案: 备案资料 至少应填写一条数据"),
    /** An area must be a preferential certificate type CCPIT issues. */
    REGION_NOT_CCPIT_PREFERENTIAL(ERROR, SEED, "002 创建原产地证 (优惠原产地证: 亚太贸易协定 (B) … 中国-智利自贸协定 (F)),"
            + " with the issuers of certificate-types.json"),
    /** 《海峡两岸经济合作框架协议》 goods are filed alone. */
    ECFA_NOT_ALONE(ERROR, SEED, "002 商品备案: 《海峡两岸经济合作框架协议》商品信息需单独备案，不能与其它优惠区域合并"),
    /** The same area twice in one filing. */
    REGION_DUPLICATE(WARNING, INFERRED, "002 商品备案 lists one row per 优惠区域; an area twice is coo4j's finding, no manual states it"),
    /** A field the processing-operations dialog marks with {@code *}. */
    FIELD_REQUIRED(ERROR, SEED, "002 加工工序编辑: * H.S.Code, * 交货单价, * 产品名称, * 加工工序, * 从价百分比"),
    /** 原材料、零部件 "至少应填写一条数据": at least one material. */
    MATERIAL_REQUIRED(ERROR, SEED, "002 商品备案: 原材料、零部件 至少应填写一条数据"),
    /** A material's heading is four digits. */
    TARIFF_HEADING_FORMAT(ERROR, SEED, "002 加工工序编辑: 海关税则号(4位)"),
    /** A material without its CIF unit price (the dialog does not star it). */
    MATERIAL_PRICE_MISSING(WARNING, INFERRED, "002 加工工序编辑: 加工所需的进口原材料的商品税则号及CIF单价信息 (a row asks for"
            + " both; the dialog marks neither column required)"),
    /** A CCPIT preferential certificate's goods line that is not among the filed and approved goods. */
    GOODS_NOT_FILED(ERROR, SEED, "002 优惠原产地证: 优惠原产地证书, 录入的商品信息必须是已备案并审核通过的商品数据");

    private final Severity severity;
    private final SourceGrade grade;
    private final String source;

    GoodsFilingRule(Severity severity, SourceGrade grade, String source) {
        this.severity = severity;
        this.grade = grade;
        this.source = source;
    }

    @Override
    public String code() {
        return "GOODS_FILING_" + name();
    }

    @Override
    public Severity severity() {
        return severity;
    }

    @Override
    public SourceGrade grade() {
        return grade;
    }

    @Override
    public String source() {
        return source;
    }
}
