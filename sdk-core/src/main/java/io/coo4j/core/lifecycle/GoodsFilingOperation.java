package io.coo4j.core.lifecycle;

/** Operations on a goods filing (商品备案, 002). */
public enum GoodsFilingOperation {
    /** 保存: edits the filing. */
    EDIT,
    /** 申报: sends it to CCPIT for review. */
    DECLARE,
    /** CCPIT's review: 审核通过. */
    APPROVE,
    /** CCPIT's review: 退回. */
    RETURN,
    /** 删除. */
    DELETE,
    /** 复制 (商品备案查询: "也可对申请信息进行复制操作"): a new draft from this filing; this one is unchanged. */
    COPY
}
