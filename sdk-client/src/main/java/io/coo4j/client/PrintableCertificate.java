package io.coo4j.client;

import io.coo4j.core.lifecycle.SelfPrintState;
import java.time.Instant;

/**
 * An approved certificate in the self-print list (证书打印, 003) with its self-print state: layout reception
 * (版式接收中 / 接收成功), archive (未归档 / 已归档) and print (待打印 / 已打印). Immutable.
 *
 * @since 0.1
 */
public record PrintableCertificate(String number, String type, String destinationCountry, String invoiceNumber,
                                   Instant issuedAt, SelfPrintState state) {
}
