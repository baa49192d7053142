package io.coo4j.core.model;

/**
 * The status of a CCPIT data sync (同步状态, 002). 002 shows only 同步完成; the sync in progress is coo4j's name for what
 * its 刷新 (refresh) button implies. What a failed sync shows, 002 does not say, and coo4j does not guess.
 */
public enum CcpitSyncStatus {
    /** 同步中: requested, CCPIT has not answered yet (not named in 002). */
    SYNCING("同步中"),
    /** 同步完成 (002). */
    COMPLETED("同步完成");

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
