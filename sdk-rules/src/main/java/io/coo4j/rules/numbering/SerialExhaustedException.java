package io.coo4j.rules.numbering;

import io.coo4j.core.CooException;

/**
 * Every serial (流水号) of a key has been handed out: 9999 certificates of one type for one enterprise in one year.
 * A four-digit serial cannot go further, and wrapping around to 0001 would repeat a number (001 ch.4; docs/domain.md),
 * so the key stays exhausted: every later allocation for it throws this again. The message names the type, the
 * year and the enterprise. Not retryable.
 *
 * @since 0.1
 */
public class SerialExhaustedException extends CooException {
    private static final long serialVersionUID = 1L;

    private final transient SerialKey key;

    /** No serial (流水号) is left for this type, year and enterprise. */
    public SerialExhaustedException(SerialKey key) {
        super("no serial left for " + key + ": all " + CertificateNumber.MAX_SERIAL
                + " four-digit serials are used, and a serial is never reused (流水号已用完)");
        this.key = key;
    }

    /** The exhausted counter. */
    public SerialKey key() {
        return key;
    }
}
