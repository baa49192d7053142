package io.coo4j.core.lifecycle;

/** States of a verification record (核查记录单, 001 ch.7; 004). */
public enum VerificationState {
    /** 待核查: the customs asks for documents; may be processed. */
    TO_VERIFY("待核查"),
    /** 退回核查: returned for more; may be processed again. */
    RETURNED("退回核查"),
    /** Sent by the enterprise, not yet received by the customs. */
    SUBMITTED("已发送"),
    /** 核查中: received by the customs ("发送成功且海关端接收成功后，核查状态将更新为核查中"). */
    IN_VERIFICATION("核查中"),
    /** 核查完成: the customs closed the verification. */
    COMPLETED("核查完成");

    private final String nameZh;

    VerificationState(String nameZh) {
        this.nameZh = nameZh;
    }

    /** The Chinese term for this state. */
    public String nameZh() {
        return nameZh;
    }
}
