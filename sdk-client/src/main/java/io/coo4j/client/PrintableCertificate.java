package io.coo4j.client;

import io.coo4j.client.internal.Components;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.lifecycle.SelfPrintState;
import java.time.Instant;

/**
 * An approved certificate in the self-print list (证书打印, 003) with its self-print state: layout reception
 * (版式接收中 / 接收成功), archive (未归档 / 已归档) and print (待打印 / 已打印). Every component is present: the list
 * holds approved certificates only, which have them all. Immutable.
 *
 * @param number             the certificate number (证书编号)
 * @param type               the certificate type code (证书类别), e.g. {@code E}
 * @param destinationCountry the country of destination (目的国), ISO 3166-1 alpha-2
 * @param invoiceNumber      the invoice number (发票号)
 * @param issuedAt           when the customs approved it (签发日期)
 * @param state              its self-print state
 * @since 0.1
 */
public record PrintableCertificate(String number, String type, String destinationCountry, String invoiceNumber,
                                   Instant issuedAt, SelfPrintState state) {
    /**
     * Checks that every component is given: an answer of the service without one is an {@link InvalidInputException}
     * naming it.
     */
    public PrintableCertificate {
        Components.require(PrintableCertificate.class, number, type, destinationCountry, invoiceNumber, issuedAt,
                state);
    }
}
