package io.coo4j.core.lifecycle;

/**
 * States of a goods filing with CCPIT (商品备案, 002). 002 names the review's outcome ("已备案并审核通过的商品数据") and
 * shows a 保存 and a 申报 button, a 申报日期 and a 审核状态 with 审核详情, but never lists the states: the names of the
 * others are coo4j's (see {@link GoodsFilingLifecycle}).
 */
public enum GoodsFilingState {
    /** 暂存: saved, not declared (002 names no state for it; 暂存 is what its certificates' list shows for a saved one). */
    DRAFT("暂存"),
    /** 已申报: declared (申报) and with CCPIT for review ("提交贸促会机构审核"). */
    DECLARED("已申报"),
    /** 审核通过: filed and approved, the only goods a CCPIT preferential certificate may carry (002). */
    APPROVED("审核通过"),
    /** 退回: CCPIT returned it (002 shows 审核详情 but not this outcome's name). */
    RETURNED("退回"),
    /** Gone. */
    REMOVED("已删除");

    private final String nameZh;

    GoodsFilingState(String nameZh) {
        this.nameZh = nameZh;
    }

    /**
     * The Chinese name.
     *
     * @return e.g. {@code 审核通过}
     */
    public String nameZh() {
        return nameZh;
    }
}
