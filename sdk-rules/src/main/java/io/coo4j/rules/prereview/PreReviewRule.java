package io.coo4j.rules.prereview;

import io.coo4j.core.validation.Rule;
import io.coo4j.core.validation.Severity;
import io.coo4j.core.validation.SourceGrade;

/**
 * The six cost constraints of a product pre-review (产品预审, 001 ch.6), which the verification
 * interaction applies to product cost details too (核查互动 · 维护产品成本明细, 001 ch.7), in the manual's order.
 */
public enum PreReviewRule implements Rule {
    /** (1) 单位产品FOB值应不小于单位产品出厂价. */
    FOB_BELOW_EX_FACTORY_PRICE("001 ch.6 (1); ch.7 (1): 单位产品FOB值应不小于单位产品出厂价"),
    /** (2) 所有原料原产价值和原料非原产价值之和不能大于单位产品出厂价. */
    MATERIALS_OVER_EX_FACTORY_PRICE("001 ch.6 (2); ch.7 (2): 原料价值之和不能大于单位产品出厂价"),
    /** (3) … 不能大于单位产品FOB值. */
    MATERIALS_OVER_FOB("001 ch.6 (3); ch.7 (3): 原料价值之和不能大于单位产品FOB值"),
    /** (4) 是否含有进口成分选择“是”时，原料非原产价值总值不能为0. */
    IMPORTED_WITHOUT_NON_ORIGINATING_VALUE("001 ch.6 (4); ch.7 (4): 含进口成分时非原产价值总值不能为0"),
    /** (5) 是否含有进口成分选择“否”时，原料非原产价值总值必须为0. */
    NON_ORIGINATING_VALUE_WITHOUT_IMPORTS("001 ch.6 (5); ch.7 (5): 不含进口成分时非原产价值总值必须为0"),
    /** (6) 原料单价×单位产品用料=原料原产价值+原料非原产价值. */
    MATERIAL_VALUE_MISMATCH("001 ch.6 (6); ch.7 (6): 原料单价×单位产品用料=原料原产价值+原料非原产价值");

    private final String source;

    PreReviewRule(String source) {
        this.source = source;
    }

    @Override
    public String code() {
        return "PREREVIEW_" + name();
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public SourceGrade grade() {
        return SourceGrade.SEED;
    }
}
