package io.coo4j.core.model;

/** What a CCPIT data sync (数据同步, 002) brings (同步类型). */
public enum CcpitSyncKind {
    /** 同步企业信息: "同步企业在贸促会的注册信息及企业变更信息". */
    ENTERPRISE("企业信息"),
    /** 同步商品备案信息: "同步企业在贸促会已备案的商品信息，以便直接申请优惠原产地证". */
    GOODS_FILINGS("商品备案");

    private final String nameZh;

    CcpitSyncKind(String nameZh) {
        this.nameZh = nameZh;
    }

    /**
     * The Chinese name the sync list shows.
     *
     * @return e.g. {@code 商品备案}
     */
    public String nameZh() {
        return nameZh;
    }
}
