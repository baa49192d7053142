package io.coo4j.core.model;

/**
 * The status of a CCPIT data sync (同步状态, 002). 002 shows only 同步完成; a sync in progress and a failed one are
 * coo4j's names for what its 刷新 button and 备注 column imply.
 */
public enum CcpitSyncStatus {
    /** 同步中: requested, CCPIT has not answered yet (not named in 002). */
    SYNCING("同步中"),
    /** 同步完成 (002). */
    COMPLETED("同步完成"),
    /** 同步失败: CCPIT refused; the remark says why (not named in 002). */
    FAILED("同步失败");

    private final String nameZh;

    CcpitSyncStatus(String nameZh) {
        this.nameZh = nameZh;
    }

    /**
     * The Chinese name.
     *
     * @return e.g. {@code 同步完成}
     */
    public String nameZh() {
        return nameZh;
    }
}
