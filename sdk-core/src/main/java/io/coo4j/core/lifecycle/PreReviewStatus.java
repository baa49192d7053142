package io.coo4j.core.lifecycle;

/** The record status of a product pre-review (状态, 001 ch.6; 004). */
public enum PreReviewStatus {
    NEW("新增"),
    NORMAL("正常"),
    CHANGE("变更"),
    CANCELLED("注销"),
    RESTORE("恢复"),
    DELETE("删除");

    private final String nameZh;

    PreReviewStatus(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
