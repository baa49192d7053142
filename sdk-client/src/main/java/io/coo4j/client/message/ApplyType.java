package io.coo4j.client.message;

import io.coo4j.core.InvalidInputException;

/**
 * What the Single Window import client is to do with a certificate message (申请类型, the message's
 * {@code ApplyType}): keep it as a draft or declare it to the customs. Immutable.
 *
 * @since 0.1
 */
public enum ApplyType {
    /** 暂存: saved as a draft in the Single Window, not sent to the customs. */
    SAVE("0"),
    /** 申报: declared to the customs for review. */
    DECLARE("1");

    private final String code;

    ApplyType(String code) {
        this.code = code;
    }

    /** The message's value: {@code 0} or {@code 1}. */
    public String code() {
        return code;
    }

    /**
     * The apply type of a message value.
     *
     * @throws InvalidInputException naming {@code code} for {@code null} or a value other than {@code 0} and {@code 1}
     */
    public static ApplyType ofCode(String code) {
        for (ApplyType t : values()) {
            if (t.code.equals(code)) {
                return t;
            }
        }
        throw new InvalidInputException("ApplyType.ofCode", "code", "0 (暂存, save) or 1 (申报, declare), got "
                + (code == null ? "null" : "\"" + code + "\""));
    }
}
