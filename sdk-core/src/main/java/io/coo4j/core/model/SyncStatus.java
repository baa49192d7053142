package io.coo4j.core.model;

/**
 * The enterprise-information sync status with the customs (同步状态, 001 ch.1). Only after
 * {@link #SYNC_SUCCESS} may the enterprise declare, change its information or file product pre-reviews.
 */
public enum SyncStatus {
    /** Saved, never submitted. */
    NOT_SUBMITTED("未提交"),
    /** Submitted, waiting for the customs' answer. */
    SYNCING("同步中"),
    /** The customs accepted the information; the enterprise may now declare. */
    SYNC_SUCCESS("同步成功"),
    /** The enterprise may edit and submit again. */
    SYNC_FAILED("同步失败");

    private final String nameZh;

    SyncStatus(String nameZh) {
        this.nameZh = nameZh;
    }

    /** The Chinese term for this value. */
    public String nameZh() {
        return nameZh;
    }
}
