package io.coo4j.client.message;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.Certificate;

/**
 * A certificate message as read from the Single Window import client's folders: what it asks for
 * ({@link ApplyType}) and the certificate it carries. Immutable.
 *
 * @since 0.1
 */
public record CustomsMessage(ApplyType applyType, Certificate certificate) {
    public CustomsMessage {
        InvalidInputException.requireArgument(applyType, "CustomsMessage", "applyType");
        InvalidInputException.requireArgument(certificate, "CustomsMessage", "certificate");
    }
}
