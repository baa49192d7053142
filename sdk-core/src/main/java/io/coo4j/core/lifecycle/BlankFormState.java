package io.coo4j.core.lifecycle;

/** States of a pre-printed blank certificate form (空白证单, 001 ch.8). */
public enum BlankFormState {
    /** Received by the enterprise and not used (已领用 / 未使用). */
    UNUSED("未使用"),
    /** Consumption (核销) submitted for an approved certificate. */
    CONSUME_SUBMITTED("核销已提交"),
    /** 已核销: the customs accepted the consumption; the form is used up. */
    CONSUMED("已核销"),
    /** Voiding (作废) submitted. */
    VOID_SUBMITTED("作废已提交"),
    /** 已作废: the customs accepted the voiding; the form can no longer be used. */
    VOIDED("已作废");

    private final String nameZh;

    BlankFormState(String nameZh) {
        this.nameZh = nameZh;
    }

    /** The Chinese term for this state. */
    public String nameZh() {
        return nameZh;
    }
}
