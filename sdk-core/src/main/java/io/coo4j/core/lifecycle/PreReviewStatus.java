package io.coo4j.core.lifecycle;

/** The record status of a product pre-review (状态, 001 ch.6; 004). */
public enum PreReviewStatus {
    /** 新增: filed, not yet reviewed. */
    NEW("新增"),
    /** 正常: reviewed and in force. */
    NORMAL("正常"),
    /** 变更: a change is filed. */
    CHANGE("变更"),
    /** 注销: cancelled. */
    CANCELLED("注销"),
    /** 恢复: a cancelled record is being restored. */
    RESTORE("恢复"),
    /** 删除: deleted. */
    DELETE("删除");

    private final String nameZh;

    PreReviewStatus(String nameZh) {
        this.nameZh = nameZh;
    }

    /**
     * The Chinese name the Single Window shows.
     *
     * @return the name in Chinese, e.g. {@code 正常}
     */
    public String nameZh() {
        return nameZh;
    }
}
