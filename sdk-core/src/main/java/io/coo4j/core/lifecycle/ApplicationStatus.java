package io.coo4j.core.lifecycle;

/** The application status of a product pre-review (申请状态 / 审核状态, 001 ch.6; 004). */
public enum ApplicationStatus {
    /** 暂存: saved, not yet submitted; may still be changed. */
    DRAFT("暂存"),
    /** Submitted and not yet reviewed: blocks every other pre-review operation of the enterprise. */
    SUBMITTED("已提交"),
    /** 审核通过: the customs approved the submission. */
    APPROVED("审核通过"),
    /** 审核不通过: the customs refused the submission. */
    REJECTED("审核不通过");

    private final String nameZh;

    ApplicationStatus(String nameZh) {
        this.nameZh = nameZh;
    }

    /** The Chinese term for this state. */
    public String nameZh() {
        return nameZh;
    }
}
