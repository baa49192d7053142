package io.coo4j.client.message;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.Certificate;

/**
 * A certificate message as read from the Single Window import client's folders: what it asks for
 * ({@link ApplyType}) and the certificate it carries. Immutable.
 *
 * @param applyType   what the import client is to do with it (申请类型): save as a draft or declare
 * @param certificate the certificate; fields the message does not carry are {@code null} (docs/customs-message.md)
 * @since 0.1
 */
public record CustomsMessage(ApplyType applyType, Certificate certificate) {
    /** Checks that both are given: an {@link InvalidInputException} names the one missing. */
    public CustomsMessage {
        InvalidInputException.requireArgument(applyType, "CustomsMessage", "applyType");
        InvalidInputException.requireArgument(certificate, "CustomsMessage", "certificate");
    }
}
