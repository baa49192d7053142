package io.coo4j.client;

import io.coo4j.core.lifecycle.CertificateState;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.CertificateRecord;
import io.coo4j.core.model.Receipt;
import java.time.Duration;
import java.util.List;

/**
 * The way a certificate of origin (原产地证书) reaches the customs and its review comes back, whatever carries it:
 * the Single Window's HTTP service ({@link Certificates}) or the import client's folders (企业 ERP 对接, 001 ch.15;
 * {@code io.coo4j.client.exchange.FileExchange}). An ERP written against this interface switches transport by
 * configuration. Implementations are thread-safe.
 *
 * @since 0.1
 */
public interface CertificateChannel {
    /**
     * Declares (申报) a certificate under the caller's idempotency key: repeating the call with the same key and the
     * same certificate, after a timeout or a restart, declares it once; the same key with another certificate is a
     * {@link ConflictException}.
     */
    CertificateRecord declare(Certificate certificate, String idempotencyKey);

    /** The certificate's state now, with the customs' reasons when it was returned (退证). */
    CertificateStatus status(String number);

    /** The receipts (回执) in the order they came, each once even when it was delivered twice. */
    List<Receipt> receipts(String number);

    /**
     * Waits until the certificate is in {@code target}, then returns its record.
     *
     * @throws CertificateRejectedException with the customs' reasons when it was returned (退证) instead
     * @throws CooClientException           when {@code timeout} passes first (retryable: wait longer)
     */
    CertificateRecord awaitStatus(String number, CertificateState target, Duration timeout);
}
